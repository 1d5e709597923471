// The hover text of a project feature, built from DOM nodes with textContent only.
import type { Lang, ProjectProperties } from '../types';
import { localName, translate } from '../i18n/translate';
import { statusLabel, subtypeLabel } from '../i18n/domain-labels';

export function featureTooltip(p: ProjectProperties, lang: Lang): HTMLElement {
  const root = document.createElement('div');
  root.className = 'feature-tooltip';
  const name = document.createElement('div');
  name.className = 'feature-tooltip__name';
  name.textContent = localName(p, lang);
  const kind = document.createElement('div');
  kind.textContent = `${subtypeLabel(p.subtype, lang)} · ${statusLabel(p.status, lang)}`;
  root.append(name, kind);
  if (p.precision === 'approximate') {
    const note = document.createElement('div');
    note.textContent = translate(lang, 'features.approximate');
    root.append(note);
  }
  return root;
}
