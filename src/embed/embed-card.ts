// The compact card a tap opens in the embed: the feature's name, what it is, its status and year
// (unknown said as unknown) and whether its place is approximate, or a unit's name and level.
// Built from DOM nodes and textContent only.
import type { Lang, ProjectProperties, UnitProperties } from '../types';
import type { StringKey } from '../i18n/strings';
import { localName, translate } from '../i18n/translate';
import { statusWord, subtypeLabel, unknownLabel } from '../i18n/domain-labels';
import { el } from '../ui/dom';

export type CardSubject = { kind: 'feature'; properties: ProjectProperties } | { kind: 'unit'; properties: UnitProperties };

/** "Comprehensive bonded zone · designated · 2021" — pure, for the card and its test. */
export function featureFacts(p: Pick<ProjectProperties, 'subtype' | 'status' | 'year' | 'precision'>, lang: Lang): string[] {
  const unknown = unknownLabel(lang);
  const facts = [
    subtypeLabel(p.subtype, lang),
    p.status === null ? `${translate(lang, 'embed.card.status')} ${unknown}` : statusWord(p.status, lang),
    p.year === null ? `${translate(lang, 'embed.card.year')} ${unknown}` : String(p.year),
  ];
  if (p.precision === 'approximate') facts.push(translate(lang, 'embed.approximate'));
  return facts;
}

export function renderCard(card: HTMLElement, subject: CardSubject | null, lang: Lang, onClose: () => void): void {
  if (!subject) {
    card.hidden = true;
    card.replaceChildren();
    return;
  }
  const name = el('p', { class: 'embed-card-name', 'data-testid': 'embed-card-name' }, localName(subject.properties, lang));
  const facts =
    subject.kind === 'feature'
      ? featureFacts(subject.properties, lang).join(' · ')
      : translate(lang, `level.${subject.properties.level}` as StringKey);
  const close = el('button', { type: 'button', class: 'embed-card-close', 'data-testid': 'embed-card-close', 'aria-label': translate(lang, 'embed.card.close') }, '×');
  close.addEventListener('click', onClose);
  card.replaceChildren(close, name, el('p', { class: 'embed-card-facts' }, facts));
  card.hidden = false;
}
