// The project file's words (its controls, saving, opening and why a file was refused). Kept out of
// the UI's one table (../strings.ts), like the import problems: only the part fetched when My data is
// first opened uses them (src/project-file/project-text.ts), so the first view does not carry them.
// English is typed against Chinese, so a key missing in either language fails to compile.
export const projectFileZh = {
  'projectFile.title': '项目文件',
  'projectFile.help': '把图层、样式、着色表格和当前视图保存为一个 .json 文件，发给同事打开即可看到同一张地图；打开的项目图层会添加到您已有的图层旁边。',
  'projectFile.save': '保存项目',
  'projectFile.open': '打开项目…',
  'projectFile.problem.notJson': '文件 {file} 不是 JSON 文件，无法作为项目打开。已加载的内容保持不变。',
  'projectFile.problem.notProject': '文件 {file} 不是本地图保存的项目文件（缺少 "format": "chengyu-map-project"）。已加载的内容保持不变。',
  'projectFile.problem.versionNewer': '文件 {file} 来自更新的版本（项目文件版本 {version}），本页面只能打开版本 {supported}。已加载的内容保持不变。',
  'projectFile.problem.versionInvalid': '文件 {file} 的 "version" 字段缺失或无效。已加载的内容保持不变。',
  'projectFile.problem.field': '文件 {file} 的字段 {field} 缺失或无效。已加载的内容保持不变。',
  'projectFile.problem.unreadable': '无法读取文件 {file}（{reason}）。已加载的内容保持不变。',
  'projectFile.problem.notStored': '无法在本浏览器中保存项目 {file} 的图层和表格（{reason}）。已加载的内容保持不变。',
  'projectFile.defaultName': '成渝地图项目-{date}',
  'projectFile.saved': '已保存项目文件 {file}（{layers} 个图层）。',
  'projectFile.opened': '已打开项目 {file}：新增 {layers} 个图层，原有图层保留；视图、筛选、空间查询和着色取自项目（浏览器的“后退”可回到之前的视图）。',
} as const;

export const projectFileEn: Record<keyof typeof projectFileZh, string> = {
  'projectFile.title': 'Project file',
  'projectFile.help': 'Save the layers, their styling, the colouring table and the current view as one .json file; a colleague who opens it sees the same map. An opened project’s layers are added beside the ones you have.',
  'projectFile.save': 'Save project',
  'projectFile.open': 'Open project…',
  'projectFile.problem.notJson': 'The file {file} is not JSON, so it cannot be opened as a project. Nothing already loaded has changed.',
  'projectFile.problem.notProject': 'The file {file} is not a project saved by this map (it lacks "format": "chengyu-map-project"). Nothing already loaded has changed.',
  'projectFile.problem.versionNewer': 'The file {file} comes from a newer version (project file version {version}); this page opens version {supported}. Nothing already loaded has changed.',
  'projectFile.problem.versionInvalid': 'The file {file} has a missing or invalid "version" field. Nothing already loaded has changed.',
  'projectFile.problem.field': 'The file {file} has a missing or invalid field {field}. Nothing already loaded has changed.',
  'projectFile.problem.unreadable': 'The file {file} could not be read ({reason}). Nothing already loaded has changed.',
  'projectFile.problem.notStored': 'The layers and tables of the project {file} could not be kept in this browser ({reason}). Nothing already loaded has changed.',
  'projectFile.defaultName': 'chengyu-map-project-{date}',
  'projectFile.saved': 'Saved the project file {file} ({layers} {layers|layer|layers}).',
  'projectFile.opened': 'Opened the project {file}: {layers} {layers|layer|layers} added beside yours, which stay; the view, filters, questions and colouring are the project’s (the browser’s Back returns to your previous view).',
};
