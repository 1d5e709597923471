// The projects table (src/table/): its caption, column headers and a long list of cities in a cell;
// merged into the one table in ../strings.ts.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const featureTableZh = {
  'table.caption': '项目列表（{count} 项）。点击列标题排序，点击行或按回车在地图上选中。',
  // the first cities of a zone that spans many, then how many it spans in all
  'table.moreCities': '{shown}等 {total} 个',
  'table.column.name': '名称',
  'table.column.category': '类别',
  'table.column.subtype': '类型',
  'table.column.city': '城市',
  'table.column.level': '级别',
  'table.column.status': '状态',
  'table.column.year': '年份',
  'table.column.precision': '定位精度',
  'table.column.area': '面积（km²）',
  'table.column.distance': '到通道距离（km）',
} as const;

export const featureTableEn: Record<keyof typeof featureTableZh, string> = {
  'table.caption': 'Projects ({count}). Sort by a column header; click a row or press Enter to select it on the map.',
  // the first cities, then how many more there are
  'table.moreCities': '{shown} and {rest} more',
  'table.column.name': 'Name',
  'table.column.category': 'Category',
  'table.column.subtype': 'Type',
  'table.column.city': 'City',
  'table.column.level': 'Level',
  'table.column.status': 'Status',
  'table.column.year': 'Year',
  'table.column.precision': 'Location precision',
  'table.column.area': 'Area (km²)',
  'table.column.distance': 'Distance to corridor (km)',
};
