// The About view's content, built when the view opens (a chunk of its own, so the first view
// does not carry it): extent, counts, what is missing, precision words, sources, licence, links.
// All text via DOM nodes.
import type { Manifest } from '../data/load-boundaries';
import type { Lang, ProjectProperties } from '../types';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { categoryLabel, precisionLabel, subtypeLabel } from '../i18n/domain-labels';
import { countsByCategory, reportUrl, repositoryUrl } from '../about/about-model';
import { demoParkCoverage } from '../data/demo-parks';
import { safeHref } from '../import/safe-href';
import pkg from '../../package.json';
import { el } from './dom';
import '../styles/about.css';

const REPORT_URL = reportUrl(pkg, import.meta.env.VITE_REPORT_URL as string | undefined);
const REPOSITORY_URL = repositoryUrl(pkg);

function link(href: string | null, lang: Lang, testid: string): HTMLElement {
  const safe = safeHref(href);
  if (safe === null) return el('span', { 'data-testid': testid }, translate(lang, 'about.notSet'));
  return el('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid }, safe);
}

export function aboutContent(lang: Lang, records: readonly ProjectProperties[], manifest: Manifest): HTMLElement[] {
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const section = (titleKey: StringKey, testid: string, ...children: HTMLElement[]) => {
    const s = el('section', { 'data-testid': testid });
    s.append(el('h3', {}, t(titleKey)), ...children);
    return s;
  };
  const counts = el('ul', { class: 'about-counts' });
  for (const c of countsByCategory(records)) {
    const item = el('li', {}, `${categoryLabel(c.category, lang)}${lang === 'zh' ? '：' : ': '}${c.count}`);
    const types = el('ul');
    for (const type of c.types) types.append(el('li', {}, `${subtypeLabel(type.subtype, lang)}${lang === 'zh' ? '：' : ': '}${type.count}`));
    item.append(types);
    counts.append(item);
  }
  const demo = demoParkCoverage(records);
  const [b1, b2] = demo.batches;
  const missing = el('ul');
  for (const key of ['about.missing.parks', 'about.missing.yaan', 'about.missing.centre', 'about.missing.provincial'] as const) {
    missing.append(el('li', {}, t(key, { missing: demo.total - demo.listed })));
  }
  const precision = el('dl', { class: 'details-list' });
  for (const p of ['exact', 'city', 'approximate'] as const) {
    precision.append(el('dt', {}, precisionLabel(p, lang)), el('dd', {}, t(`feature.precisionHelp.${p}` as StringKey)));
  }
  const sources = el('ul');
  if (manifest.sources) sources.append(el('li', {}, manifest.sources.boundaries[lang]), el('li', {}, manifest.sources.projects[lang]));
  sources.append(el('li', {}, t('about.sources.records')));
  const facts = el('dl', { class: 'details-list' });
  facts.append(
    el('dt', {}, t('about.version')), el('dd', { 'data-testid': 'about-version' }, pkg.version),
    el('dt', {}, t('about.licence')), el('dd', {}, t('about.licenceValue')),
    el('dt', {}, t('about.repository')), el('dd', {}, ''),
    el('dt', {}, t('about.report')), el('dd', {}, ''),
  );
  const dds = facts.querySelectorAll('dd');
  dds[2]?.append(link(REPOSITORY_URL, lang, 'about-repository'));
  dds[3]?.append(link(REPORT_URL, lang, 'about-report'));
  return [
    el('p', {}, t('about.what')),
    el('p', { 'data-testid': 'about-extent' }, t('about.extent')),
    section('about.included', 'about-included', el('p', {}, t('about.total', { count: records.length })), counts,
      el('p', { 'data-testid': 'about-demo-parks' }, t('about.demoParks', { listed: demo.listed, total: demo.total, b1: b1?.listed ?? 0, b1total: b1?.total ?? 0, b2: b2?.listed ?? 0, b2total: b2?.total ?? 0 }))),
    section('about.missingTitle', 'about-missing', missing),
    section('about.checkedTitle', 'about-checked', el('p', {}, manifest.factsChecked === null ? t('about.checkedUnknown') : t('about.checked', { date: manifest.factsChecked }))),
    section('about.precisionTitle', 'about-precision', precision),
    section('about.sourcesTitle', 'about-sources', sources),
    section('about.caveatTitle', 'about-caveat', el('p', {}, t('about.caveat'))),
    section('about.projectTitle', 'about-project', facts),
  ];
}
