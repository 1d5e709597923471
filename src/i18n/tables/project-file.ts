// Strings of the one-file project (src/project-file/); spread into the tables of strings.ts.
export const projectFileZh = {
  'projectFile.problem.notJson': '文件 {file} 不是 JSON 文件，无法作为项目打开。已加载的内容保持不变。',
  'projectFile.problem.notProject': '文件 {file} 不是本地图保存的项目文件（缺少 "format": "chengyu-map-project"）。已加载的内容保持不变。',
  'projectFile.problem.versionNewer': '文件 {file} 来自更新的版本（项目文件版本 {version}），本页面只能打开版本 {supported}。已加载的内容保持不变。',
  'projectFile.problem.versionInvalid': '文件 {file} 的 "version" 字段缺失或无效。已加载的内容保持不变。',
  'projectFile.problem.field': '文件 {file} 的字段 {field} 缺失或无效。已加载的内容保持不变。',
};

export const projectFileEn: Record<keyof typeof projectFileZh, string> = {
  'projectFile.problem.notJson': 'The file {file} is not JSON, so it cannot be opened as a project. Nothing already loaded has changed.',
  'projectFile.problem.notProject': 'The file {file} is not a project saved by this map (it lacks "format": "chengyu-map-project"). Nothing already loaded has changed.',
  'projectFile.problem.versionNewer': 'The file {file} comes from a newer version (project file version {version}); this page opens version {supported}. Nothing already loaded has changed.',
  'projectFile.problem.versionInvalid': 'The file {file} has a missing or invalid "version" field. Nothing already loaded has changed.',
  'projectFile.problem.field': 'The file {file} has a missing or invalid field {field}. Nothing already loaded has changed.',
};
