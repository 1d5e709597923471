// Major projects; merged into the one table in ../strings.ts.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const majorProjectsZh = {
  'majorProjects.title': '共建成渝地区双城经济圈重大项目（每年）',
  'majorProjects.intro': '两省市每年发布共建重大项目清单，只公布项目数和总投资，没有逐个项目的位置，因此不在地图上标点。',
  'majorProjects.loading': '正在加载……',
  'majorProjects.failed': '重大项目数据加载失败：{reason}',
  'majorProjects.tableCaption': '每年的项目数、总投资与来源（未公布即写“未公布”）',
  'majorProjects.year': '年份',
  'majorProjects.projects': '项目数',
  'majorProjects.investment': '总投资',
  'majorProjects.sources': '来源',
  'majorProjects.noteEn': '备注（英文）：',
} as const;

export const majorProjectsEn: Record<keyof typeof majorProjectsZh, string> = {
  'majorProjects.title': 'Jointly built major projects, per year',
  'majorProjects.intro': 'Each year the two governments publish a list of jointly built major projects. Only the count and the total investment are published, not where each project is, so they are not points on the map.',
  'majorProjects.loading': 'Loading…',
  'majorProjects.failed': 'The major-projects data failed to load: {reason}',
  'majorProjects.tableCaption': 'Projects, total investment and sources per year ("not published" where no figure was found)',
  'majorProjects.year': 'Year',
  'majorProjects.projects': 'Projects',
  'majorProjects.investment': 'Total investment',
  'majorProjects.sources': 'Sources',
  'majorProjects.noteEn': 'Note:',
};
