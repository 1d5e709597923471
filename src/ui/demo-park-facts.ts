// The detail lines of a 成渝 industrial cooperation demonstration park: which batch, the partner
// park(s) across the border, the lead industry where one was published, and how much of its batch the
// map lists. Pure; the partners are found by the shared `pair` key (one record per park).
import type { Lang, ProjectProperties } from '../types';
import { translate } from '../i18n/translate';
import { leadIndustryLabel } from '../i18n/domain-labels';
import { DEMO_BATCH_INFO, demoParkCoverage } from '../data/demo-parks';
import type { Fact } from './fact';

type DemoFields = Pick<ProjectProperties, 'id' | 'pair' | 'demo_batch' | 'lead_industry'>;

/** Other records that share this record's pair key, in data order. */
export function pairPartners<T extends DemoFields>(p: DemoFields, all: readonly T[]): T[] {
  return p.pair === null ? [] : all.filter((other) => other.pair === p.pair && other.id !== p.id);
}

function listedText(lang: Lang, listed: number, total: number): string {
  const text = translate(lang, 'feature.demoListedValue', { listed, total });
  return listed < total ? `${text}${translate(lang, 'feature.demoListIncomplete')}` : text;
}

export function demoParkFacts(
  p: DemoFields,
  lang: Lang,
  all: readonly (DemoFields & Pick<ProjectProperties, 'name_zh' | 'name_en'>)[],
): Fact[] {
  if (p.demo_batch === null) return [];
  const info = DEMO_BATCH_INFO[p.demo_batch];
  const batch = demoParkCoverage(all).batches.find((b) => b.batch === p.demo_batch);
  const partners = pairPartners(p, all).map((other) => (lang === 'zh' ? other.name_zh : other.name_en));
  const notPublished = translate(lang, 'feature.notPublished');
  return [
    { field: 'demo_batch', label: translate(lang, 'feature.demoBatch'), value: translate(lang, 'feature.demoBatchValue', { batch: info.batch, year: info.year }) },
    { field: 'demo_listed', label: translate(lang, 'feature.demoListed'), value: listedText(lang, batch?.listed ?? 0, info.total) },
    { field: 'partners', label: translate(lang, 'feature.partners'), value: partners.length === 0 ? notPublished : partners.join(translate(lang, 'words.joinSemicolon')) },
    { field: 'lead_industry', label: translate(lang, 'feature.leadIndustry'), value: p.lead_industry === null ? notPublished : leadIndustryLabel(p.lead_industry, lang) },
  ];
}
