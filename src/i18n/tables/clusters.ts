// Strings of the point clusters on the map and their legend entry; merged into the one table in ../strings.ts.
export const clusterZh = {
  'cluster.label': '{count} 个项目：{split}。回车放大查看',
  'cluster.labelStacked': '{count} 个项目位于同一地点：{split}。回车逐个展开',
  'cluster.splitPart': '{category} {count} 个',
  'cluster.splitJoin': '、',
  'cluster.approximate': '其中 {count} 个位置近似',
  'cluster.more': '等 {count} 个',
  'cluster.spreadBack': 'Esc 收起',
  'legend.cluster': '圆圈数字：此处重叠的项目数，色环按类别；点击放大',
  'legend.clusterApproximate': '外加虚线圈：其中有位置近似的项目',
  'legend.clusterShort': '数字圆圈：此处的多个项目，点击放大',
};

export const clusterEn: Record<keyof typeof clusterZh, string> = {
  'cluster.label': '{count} projects: {split}. Enter zooms in',
  'cluster.labelStacked': '{count} projects at the same place: {split}. Enter shows each',
  'cluster.splitPart': '{category}: {count}',
  'cluster.splitJoin': ', ',
  'cluster.approximate': '{count} of them approximately placed',
  'cluster.more': 'and {count} more',
  'cluster.spreadBack': 'Esc folds them back',
  'legend.cluster': 'Number in a circle: projects overlapping here, ring coloured by category; click to zoom in',
  'legend.clusterApproximate': 'With a dashed outer ring: some are approximately placed',
  'legend.clusterShort': 'Numbered circle: several projects here, click to zoom in',
};
