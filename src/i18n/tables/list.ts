// The project list; merged into the one table in ../strings.ts.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const listZh = {
  'list.title': '项目列表',
  'list.count': '显示 {shown} 项，共 {total} 项',
  'list.sortBy': '排序',
  'list.sort.name': '名称',
  'list.sort.year': '年份',
  'list.sort.city': '城市',
  'list.empty': '没有符合条件的项目',
  'list.search': '搜索：“{query}”',
  'list.clearSearch': '清除搜索',
} as const;

export const listEn: Record<keyof typeof listZh, string> = {
  'list.title': 'Projects',
  'list.count': '{shown} of {total} shown',
  'list.sortBy': 'Sort',
  'list.sort.name': 'Name',
  'list.sort.year': 'Year',
  'list.sort.city': 'City',
  'list.empty': 'No project matches',
  'list.search': 'Search: "{query}"',
  'list.clearSearch': 'Clear search',
};
