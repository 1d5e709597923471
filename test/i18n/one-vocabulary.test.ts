// Status and precision words are defined once: the details panel, the table, the CSV download and
// the embed's card and text alternative must all say the same word for the same code. Before they
// drifted ("designated" was 已设立 in the app and 已批复 in the embed; precision "city" was 区县驻地
// in the details and 城区驻地 in the table).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/translate.ts';
import { featureFacts as cardFacts } from '../../src/embed/embed-card.ts';
import { featureLine } from '../../src/embed/feature-summary.ts';
import { downloadHeaders, downloadValues } from '../../src/download/columns.ts';
import { cellText } from '../../src/table/columns.ts';
import { featureFacts, precisionLabel } from '../../src/ui/feature-facts.ts';
import { makeFeature } from '../charts/make-feature.ts';
import type { Lang } from '../../src/types.ts';

// The words a reader should meet everywhere, written out here rather than read from the code.
const STATUS_WORDS = {
  zh: { designated: '已设立', operating: '运营中', under_construction: '在建', planned: '规划中' },
  en: { designated: 'designated', operating: 'operating', under_construction: 'under construction', planned: 'planned' },
} as const;
const PRECISION_WORDS = {
  zh: { exact: '精确', city: '区县驻地', approximate: '近似' },
  en: { exact: 'exact', city: 'district/county seat', approximate: 'approximate' },
} as const;

const noName = () => undefined;

describe.each(['zh', 'en'] as Lang[])('one vocabulary in %s', (lang) => {
  it.each(Object.keys(STATUS_WORDS.zh) as (keyof typeof STATUS_WORDS.zh)[])('status %s reads the same in details, table, CSV and embed', (status) => {
    const word = STATUS_WORDS[lang][status];
    const feature = makeFeature({ id: 'x', status });
    const same = (text: string | undefined) => expect(text?.toLowerCase()).toBe(word);
    same(cellText(feature, 'status', { lang }));
    same(String(downloadValues(feature, lang)[downloadHeaders(lang).indexOf(lang === 'zh' ? '状态' : 'Status')]));
    same(cardFacts(feature.properties, lang)[1]);
    expect(featureLine(feature.properties, lang)).toContain(`— ${word},`);
    expect(featureFacts(feature.properties, lang, noName).map((fact) => fact.value.toLowerCase())).toContain(word);
  });

  it.each(Object.keys(PRECISION_WORDS.zh) as (keyof typeof PRECISION_WORDS.zh)[])('precision %s reads the same in details, table and CSV', (precision) => {
    const word = PRECISION_WORDS[lang][precision];
    const feature = makeFeature({ id: 'x', precision });
    const same = (text: string | undefined) => expect(text?.toLowerCase()).toBe(word);
    same(precisionLabel(feature.properties, lang));
    same(cellText(feature, 'precision', { lang }));
    same(String(downloadValues(feature, lang)[downloadHeaders(lang).indexOf(lang === 'zh' ? '位置精度' : 'Location precision')]));
  });
});

// The domain's words live in one table (tables/domain.ts); no other table or source file spells them
// out again, which is how "designated" came to read 已批复 in one place and 已设立 in another. (Search
// synonyms in src/search/type-entries.ts are what a reader may type, not what the app says.)
describe('domain words defined once', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const sources = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
  // a file without its comment lines: a comment quoting a word ("未知"/"unknown") defines nothing
  const code = (file: string) => readFileSync(join(root, file), 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).join('\n');

  // 'unknown' itself is also a code (filter values, parse results), so its Chinese word stands for the pair.
  it.each(['已设立', '已批复', '区县驻地', '城区驻地', '运营中', '规划中', '未知', 'District/county seat', 'Designated'])('%s is a value in the domain table only', (word) => {
    // Whole quoted values only (either quote): a word inside a longer sentence (a legend line) belongs to that sentence.
    const owners = sources.filter((file) => [`'${word}'`, `"${word}"`, `\`${word}\``].some((quoted) => code(file).includes(quoted)));
    expect(owners.filter((file) => file !== join('i18n', 'tables', 'domain.ts')), `${word} is also defined in ${owners.join(', ')}`).toEqual([]);
  });

  it('says "designated" in the line-style legend as the status label does', () => {
    expect(translate('zh', 'legend.solid')).toContain('已设立');
    expect(translate('zh', 'legend.solid')).not.toContain('已批复');
  });
});
