// The per-feature tables and the one table they are merged into: every key in both languages, each
// key in one table only, and the import problems' and project file's words kept apart from the UI's.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enStrings, zhStrings } from '../../src/i18n/strings.ts';
import { importProblemsEn, importProblemsZh } from '../../src/i18n/tables/import-problems.ts';
import { projectFileEn, projectFileZh } from '../../src/i18n/tables/project-file.ts';

/** tables used only by a part loaded on first use, not merged into the UI's one table */
const APART = ['import-problems.ts', 'project-file.ts'];

type Table = Record<string, string>;
const TABLE_DIR = new URL('../../src/i18n/tables/', import.meta.url);

/** Every table file's Chinese and English halves, read from the folder so a new file is checked too. */
async function tables(): Promise<{ file: string; zh: Table; en: Table }[]> {
  const files = readdirSync(TABLE_DIR).filter((name) => name.endsWith('.ts')).sort();
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(new URL(file, TABLE_DIR).href)) as Record<string, Table>;
      const zh = Object.entries(module).filter(([name]) => name.endsWith('Zh'));
      const en = Object.entries(module).filter(([name]) => name.endsWith('En'));
      expect(zh.length, `${file} exports one Chinese table`).toBe(1);
      expect(en.length, `${file} exports one English table`).toBe(1);
      return { file, zh: zh[0]![1], en: en[0]![1] };
    }),
  );
}

describe('string tables', () => {
  it('has a table per feature, each with the same keys in Chinese and English and no empty string', async () => {
    const all = await tables();
    expect(all.map((table) => table.file)).toEqual(expect.arrayContaining(['app.ts', 'details.ts', 'filters.ts', 'export.ts', 'embed.ts', 'stories.ts', 'timeline.ts', 'mydata.ts', 'import-problems.ts']));
    for (const { file, zh, en } of all) {
      expect(Object.keys(en).sort(), file).toEqual(Object.keys(zh).sort());
      for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), `${file}: ${key}`).not.toBe('');
    }
  });

  it('defines each key in one table only, so merging never lets one table overwrite another', async () => {
    const owner = new Map<string, string>();
    for (const { file, zh } of await tables()) {
      for (const key of Object.keys(zh)) {
        expect(owner.get(key), `${key} is in ${owner.get(key)} and ${file}`).toBeUndefined();
        owner.set(key, file);
      }
    }
  });

  it('merges every table but the import problems and the project file into the UI table, word for word', async () => {
    const ui = (await tables()).filter((table) => !APART.includes(table.file));
    const merged = (lang: 'zh' | 'en') => Object.assign({}, ...ui.map((table) => table[lang])) as Table;
    expect(zhStrings).toEqual(merged('zh'));
    expect(enStrings).toEqual(merged('en'));
  });

  it('keeps the import problems and the project file’s words out of the UI table, which does not need them', () => {
    for (const key of [...Object.keys(importProblemsZh), ...Object.keys(importProblemsEn)]) expect(key in zhStrings, key).toBe(false);
    for (const key of [...Object.keys(projectFileZh), ...Object.keys(projectFileEn)]) expect(key in zhStrings, key).toBe(false);
  });
});
