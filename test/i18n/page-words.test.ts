// The words printed on an exported page (legend, key, footer, contents, north arrow, the locator's
// title) come from the string tables like the app's, so a word changed in a table changes on the page
// too, and no page word can lack its English. Search, import and join folders keep their Chinese
// vocabularies: those are what a reader types or a file contains, not what the app says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { footerLines } from '../../src/export/footer.ts';
import { pageMetrics } from '../../src/export/layout.ts';
import { resolvePreset } from '../../src/export/presets.ts';
import { translate } from '../../src/i18n/translate.ts';

const root = fileURLToPath(new URL('../../src/', import.meta.url));
const HAN = /[\u4e00-\u9fff]/;

/** `file:line` of every line of code (not a comment) in the folders that holds a Chinese character. */
function chineseInCode(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    (readdirSync(join(root, folder), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        readFileSync(join(root, folder, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (!/^\s*(\/\/|\/\*|\*)/.test(line) && HAN.test(line.replace(/\/\/.*$/, '')) ? [`${folder}/${file}:${i + 1}`] : [])),
      ),
  );
}

describe('words on the exported page', () => {
  it('are not spelled out in the export renderer, the cartography or the export choropleth', () => {
    expect(chineseInCode(['export', 'cartography'])).toEqual([]);
    expect(chineseInCode(['choropleth']).filter((line) => line.startsWith('choropleth/export-'))).toEqual([]);
  });

  it('are the tables’ words in the footer, in either language', () => {
    const metrics = pageMetrics(resolvePreset('a4-landscape'));
    for (const lang of ['zh', 'en'] as const) {
      const lines = footerLines({ lang, sources: 'S', date: '2026-01-02', checkedOn: null, permalink: '' }, metrics);
      const info = lines.info.join(' ');
      expect(info).toContain(translate(lang, 'export.page.disclaimer'));
      expect(info).toContain(`${translate(lang, 'export.page.made')} 2026-01-02`);
      expect(lines.sources.join('')).toContain(translate(lang, 'export.page.sources').trim());
    }
  });
});
