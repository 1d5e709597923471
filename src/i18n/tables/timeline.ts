// The timeline; merged into the one table in ../strings.ts.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const timelineZh = {
  'timeline.label': '年份',
  'timeline.title': '时间轴',
  'timeline.all': '显示所有年份',
  'timeline.play': '播放',
  'timeline.pause': '暂停',
  'timeline.year': '{year} 年的地图',
  'timeline.counts': '{year} 年：{shown} / {total} 个项目',
  'timeline.unknown': '另有 {count} 个项目年份未知，未在时间轴上显示',
} as const;

export const timelineEn: Record<keyof typeof timelineZh, string> = {
  'timeline.label': 'Year',
  'timeline.title': 'Timeline',
  'timeline.all': 'Show every year',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.year': 'The map in {year}',
  'timeline.counts': '{year}: {shown} of {total} features',
  'timeline.unknown': '{count} more with an unknown year, not placed on the timeline',
};
