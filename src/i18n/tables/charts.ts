// The charts and table panel; merged into the one table in ../strings.ts.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const chartsZh = {
  'analysis.title': '图表与列表',
  'analysis.count': '当前集合：{count} 个项目',
  'analysis.downloadCsv': '下载 CSV',
  'analysis.downloadGeojson': '下载 GeoJSON',
  'analysis.loadFailed': '项目数据加载失败：{reason}',
} as const;

export const chartsEn: Record<keyof typeof chartsZh, string> = {
  'analysis.title': 'Charts and table',
  'analysis.count': 'Current set: {count} {count|project|projects}',
  'analysis.downloadCsv': 'Download CSV',
  'analysis.downloadGeojson': 'Download GeoJSON',
  'analysis.loadFailed': 'Project data failed to load: {reason}',
};
