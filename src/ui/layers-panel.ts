// The layers panel, which is also the legend: per category a tri-state checkbox, per subtype a
// checkbox, its map symbol, its name and "visible / total"; then a key to line styles and placement.
// Built once from the legend model of all features; updates only set states and words.
import type { Lang, ProjectCollection, ProjectFeature } from '../types';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import type { SceneSource } from '../state/scene-source';
import { legendModel } from '../filters/legend-model';
import { canonicalSet } from '../filters/filter-state';
import { symbolSwatch } from '../map/feature-symbols';
import { createLegendKey } from './filter-legend-key';
import { el } from './dom';
import type { Teardown } from './teardown';

export function mountLayersPanel(parent: HTMLElement, store: Store, scene: SceneSource, collection: ProjectCollection): Teardown {
  // load-features checked that every feature has a string id
  const all = collection.features as ProjectFeature[];
  const section = el('section', { class: 'panel explore-panel', 'aria-labelledby': 'layers-heading', 'data-testid': 'layers-panel' });
  const heading = el('h2', { class: 'panel-heading', id: 'layers-heading' });
  const list = el('ul', { class: 'layer-groups' });
  const key = createLegendKey();
  section.append(heading, list, key.element);
  parent.append(section);

  const setHidden = (change: (hidden: readonly string[]) => string[]) =>
    store.dispatch((state) => ({ filters: { ...state.filters, hiddenSubtypes: canonicalSet(change(state.filters.hiddenSubtypes)) } }));

  const initial = legendModel(all, all, []);
  const groups = initial.map((group) => {
    const item = el('li', { class: 'layer-group' });
    const box = el('input', { type: 'checkbox', 'data-testid': `layer-category-${group.category}` });
    const name = el('span', { class: 'layer-name' });
    const count = el('span', { class: 'layer-count', 'data-testid': `legend-count-${group.category}` });
    const label = el('label', { class: 'layer-row layer-row--category' });
    label.append(box, name, count);
    const subtypes = el('ul', { class: 'layer-subtypes' });
    item.append(label, subtypes);
    list.append(item);
    const members = group.entries.map((entry) => entry.subtype);
    box.addEventListener('change', () =>
      setHidden((hidden) => (box.checked ? hidden.filter((s) => !members.includes(s)) : [...hidden, ...members])),
    );
    const rows = group.entries.map((entry) => {
      const sub = el('input', { type: 'checkbox', 'data-testid': `layer-subtype-${entry.subtype}` });
      const subName = el('span', { class: 'layer-name' });
      const subCount = el('span', { class: 'layer-count', 'data-testid': `legend-count-${entry.subtype}` });
      const row = el('label', { class: 'layer-row' });
      row.append(sub, symbolSwatch(entry.symbol), subName, subCount);
      const li = el('li');
      li.append(row);
      subtypes.append(li);
      sub.addEventListener('change', () =>
        setHidden((hidden) => (sub.checked ? hidden.filter((s) => s !== entry.subtype) : [...hidden, entry.subtype])),
      );
      return { subtype: entry.subtype, sub, subName, subCount };
    });
    return { category: group.category, box, name, count, rows };
  });

  let shown: unknown = null;
  const render = () => {
    const current = scene.get();
    const lang: Lang = current.lang;
    if (shown === current.legend && heading.dataset.lang === lang) return;
    shown = current.legend;
    heading.dataset.lang = lang;
    heading.textContent = translate(lang, 'layers.title');
    const model = current.legend;
    for (const group of groups) {
      const data = model.find((g) => g.category === group.category);
      if (!data) continue;
      group.name.textContent = data.label[lang];
      group.count.textContent = `${data.visibleCount}/${data.total}`;
      group.count.title = translate(lang, 'layers.count', { visible: data.visibleCount, total: data.total });
      group.box.checked = data.shown === 'all';
      group.box.indeterminate = data.shown === 'mixed';
      for (const row of group.rows) {
        const entry = data.entries.find((e) => e.subtype === row.subtype);
        if (!entry) continue;
        row.sub.checked = !entry.hidden;
        row.subName.textContent = entry.label[lang];
        row.subCount.textContent = `${entry.visibleCount}/${entry.total}`;
        row.subCount.title = translate(lang, 'layers.count', { visible: entry.visibleCount, total: entry.total });
      }
    }
    key.update(lang);
  };
  render();
  return scene.subscribe(render);
}
