// Strings of the site's published layers (data/layers/); spread into the tables of strings.ts.
export const publishedZh = {
  'published.heading': '发布的图层',
  'published.show': '显示图层 {title}',
  'published.source': '来源：',
  'published.checked': '（{date} 核对）',
  'published.precision': '位置精度：{precision}',
  'published.sourceLine': '{title}：{source}（{date} 核对）',
  'published.sourcesJoin': '；',
  'published.unknownHidden': '链接要隐藏的发布图层本站没有：{ids}。其余设置照常应用。',
};

export const publishedEn: Record<keyof typeof publishedZh, string> = {
  'published.heading': 'Published layers',
  'published.show': 'Show the layer {title}',
  'published.source': 'Source: ',
  'published.checked': ' (checked {date})',
  'published.precision': 'Position precision: {precision}',
  'published.sourceLine': '{title}: {source} (checked {date})',
  'published.sourcesJoin': '; ',
  'published.unknownHidden': 'The link hides published layers this site does not have: {ids}. The rest of the link applies.',
};
