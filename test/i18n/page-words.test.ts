// Every word the app shows or prints (the page, the embed, notices, the table, downloads and the
// exported page's legend, key, footer, contents, north arrow and locator) comes from the string tables
// in src/i18n, so a word changed in a table changes everywhere and none can lack its English. So no
// code outside src/i18n spells out Chinese. The search, import and join folders keep their Chinese
// vocabularies: those are data to recognise (what a reader types, a file's headers, division
// suffixes, map-provider names), not what the app says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { footerLines } from '../../src/export/footer.ts';
import { pageMetrics } from '../../src/export/layout.ts';
import { resolvePreset } from '../../src/export/presets.ts';
import { translate } from '../../src/i18n/translate.ts';

const root = fileURLToPath(new URL('../../src/', import.meta.url));
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** The string tables, and the folders whose Chinese is data to match, not words to show. */
const EXEMPT = ['i18n', 'search', 'import', 'join'];

/** Numbers (from 1) of the lines of code, not comments, in `text` that hold a Chinese character. */
function chineseLines(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, i) => (!/^\s*(\/\/|\/\*|\*)/.test(line) && HAN.test(line.replace(/\/\/.*$/, '')) ? [i + 1] : []));
}

/** `path:line` of every such line in the TypeScript under src/, but for the exempt folders. */
function chineseInCode(): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !EXEMPT.includes(file.split('/')[0]!))
    .sort()
    .flatMap((file) => chineseLines(readFileSync(join(root, file), 'utf8')).map((line) => `${file}:${line}`));
}

describe('words in the code', () => {
  it('are never spelled out in Chinese outside the string tables and the data-matching folders', () => {
    expect(chineseInCode()).toEqual([]);
  });

  it('are found in code, not in comments', () => {
    const code = [
      '// 注释里的中文不算',
      '/** 文档注释 */',
      ' * 续行',
      "const unit = lang === 'zh' ? '千米' : 'km'; // 千米",
      "const ok = 'km'; // 千米",
      'const caption = `项目列表（${count} 项）`;',
    ].join('\n');
    expect(chineseLines(code)).toEqual([4, 6]);
  });
});

describe('words on the exported page', () => {
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
