// A published layer's source as DOM: who published it (a link to the source, opened in a new tab),
// the day it was checked and how far to trust its positions. Text only: the sidecar's words are
// the deployer's, never markup. Shown in the legend, the feature popups and the embed's legend.
import type { Lang, Precision } from '../types';
import type { PublishedInfo } from '../data/published-layers';
import { translate } from '../i18n/translate';
import { precisionLabel } from '../i18n/domain-labels';
import { el } from '../ui/dom';

/** "Source: <a>name</a> (checked 2026-11-30)": the link goes only to the http(s) address the build checked. */
export function publishedSourceLine(info: PublishedInfo, lang: Lang): HTMLElement {
  const line = el('span', { class: 'published-source', 'data-testid': 'published-source' });
  const link = el('a', { href: info.source.url, target: '_blank', rel: 'noopener noreferrer' }, info.source.name);
  line.append(translate(lang, 'published.source'), link, translate(lang, 'published.checked', { date: info.source.checked }));
  return line;
}

/** "Position precision: Exact". */
export function publishedPrecisionLine(precision: Precision, lang: Lang): HTMLElement {
  return el('span', { class: 'published-precision', 'data-testid': 'published-precision' }, translate(lang, 'published.precision', { precision: precisionLabel(precision, lang) }));
}
