// The project file's words in the planner's language, from their own table (not the UI's one, so
// they load with the project part, not with the first view).
import { fill, type Params } from '../i18n/fill.ts';
import { projectFileEn, projectFileZh } from '../i18n/tables/project-file.ts';
import type { Lang } from '../types.ts';

export type ProjectTextKey = keyof typeof projectFileZh;

const TABLES: Record<Lang, Record<ProjectTextKey, string>> = { zh: projectFileZh, en: projectFileEn };

export function projectText(lang: Lang, key: ProjectTextKey, params: Params = {}): string {
  return fill(TABLES[lang][key], params);
}

/** 成渝地图项目-20261204.json / chengyu-map-project-20261204.json: the local date, so saves of different days keep apart. */
export function projectFileName(lang: Lang, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `${projectText(lang, 'projectFile.defaultName', { date })}.json`;
}
