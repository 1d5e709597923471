// Status and precision words are defined once: the details panel, the table, the CSV download and
// the embed's card and text alternative must all say the same word for the same code. Before they
// drifted ("designated" was 已设立 in the app and 已批复 in the embed; precision "city" was 区县驻地
// in the details and 城区驻地 in the table).
import { describe, expect, it } from 'vitest';
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
