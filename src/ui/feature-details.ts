// The selected project's details: names, category, type, level, status, year, cities, areas,
// description, notes, a precision badge saying how far to trust the position, and the sources as
// links (http(s) only, new tab). Everything is text. Closed by its button or Escape, which clear the
// selection. A feature id that is not in the data is reported and the selection cleared.
import type { ProjectFeature, ProjectProperties } from '../types';
import type { Store } from '../state/store';
import { localName, translate } from '../i18n/translate';
import { safeHref } from '../import/safe-href';
import { featureFacts, precisionHelp, precisionLabel, type PrefectureName } from './feature-facts';
import { el } from './dom';
import { createTeardowns, type Teardown } from './teardown';

export interface FeatureDetailsOptions {
  store: Store;
  features: readonly ProjectFeature[];
  prefectureName: PrefectureName;
  report(message: string): void;
}

function sourceList(p: ProjectProperties, lang: 'zh' | 'en'): HTMLElement {
  const list = el('ul', { class: 'feature-sources', 'data-field': 'sources' });
  for (const source of p.sources) {
    const item = el('li');
    const href = safeHref(source.url);
    if (href === null) item.textContent = source.text;
    else {
      const link = el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, source.text);
      link.append(el('span', { class: 'visually-hidden' }, ` ${translate(lang, 'feature.newTab')}`));
      item.append(link);
    }
    list.append(item);
  }
  if (p.sources.length === 0) list.append(el('li', {}, translate(lang, 'domain.unknown')));
  return list;
}

export function mountFeatureDetails(stack: HTMLElement, { store, features, prefectureName, report }: FeatureDetailsOptions): Teardown {
  const byId = new Map(features.map((feature) => [feature.properties.id, feature]));
  const allProperties = features.map((feature) => feature.properties);
  const panel = el('section', { class: 'panel feature-details', 'data-testid': 'feature-details', 'aria-labelledby': 'feature-details-heading' });
  panel.hidden = true;
  const close = el('button', { type: 'button', class: 'panel-close', 'data-testid': 'feature-details-close' }, '×');
  const heading = el('h2', { id: 'feature-details-heading', class: 'panel-heading', tabindex: '-1' });
  const badge = el('p', { class: 'precision-badge', 'data-field': 'precision' });
  const facts = el('dl', { class: 'details-list feature-facts' });
  const sourcesHeading = el('h3', { class: 'feature-sources-heading' });
  const sources = el('div');
  panel.append(close, heading, badge, facts, sourcesHeading, sources);
  stack.append(panel);
  const teardowns = createTeardowns();
  teardowns.add(() => panel.remove());

  const clear = () => store.dispatch({ selection: null });
  // An unknown id is corrected in place: a new history entry would leave the bad URL one Back away,
  // and going back to it would push again, trapping the reader.
  const dropSelection = () => {
    store.dispatch({ selection: null }, 'history');
    const search = window.location.search.replace(/([?&])sel=[^&]*(&|$)/, (_whole, before: string, after: string) => (after === '&' ? before : ''));
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  };
  close.addEventListener('click', clear);
  teardowns.listen(document, 'keydown', (event) => {
    // Escape that a text field or list already used (closing its suggestions) is not for us.
    if (event.key !== 'Escape' || panel.hidden || event.defaultPrevented) return;
    clear();
  });

  const render = () => {
    const { selection, lang } = store.getState();
    const feature = selection?.kind === 'feature' ? byId.get(selection.id) : undefined;
    if (selection?.kind === 'feature' && feature === undefined) {
      report(translate(lang, 'feature.notFound', { id: selection.id }));
      dropSelection();
      return;
    }
    const wasHidden = panel.hidden;
    panel.hidden = feature === undefined;
    close.setAttribute('aria-label', translate(lang, 'feature.close'));
    if (!feature) return;
    const p = feature.properties;
    panel.dataset.featureId = p.id;
    heading.textContent = localName(p, lang);
    badge.dataset.precision = p.precision;
    badge.replaceChildren(
      el('span', { class: 'precision-badge__label' }, `${translate(lang, 'feature.precision')}: ${precisionLabel(p, lang)}`),
      el('span', { class: 'precision-badge__help' }, precisionHelp(p, lang)),
    );
    facts.replaceChildren(
      ...featureFacts(p, lang, prefectureName, allProperties).flatMap((fact) => {
        const value = el('dd', { 'data-field': fact.field }, fact.value);
        if (fact.englishText) value.lang = 'en';
        if (!fact.otherLanguage) return [el('dt', {}, fact.label), value];
        value.lang = fact.otherLanguage.lang;
        // said beside the text, in the interface language: the text exists only in the other one
        return [el('dt', {}, fact.label), value, el('dd', { 'data-field': `${fact.field}-language`, class: 'fact-note' }, fact.otherLanguage.note)];
      }),
    );
    sourcesHeading.textContent = translate(lang, 'feature.sources');
    sources.replaceChildren(sourceList(p, lang));
    // newly opened: bring it into the panel column's view (on phones the column is a bottom sheet)
    if (wasHidden) panel.scrollIntoView({ block: 'nearest' });
  };
  render();
  teardowns.add(store.subscribe(render));
  return teardowns.run;
}
