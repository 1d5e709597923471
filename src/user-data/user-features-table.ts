// The planner's shown features (visible layers, filtered, and narrowed by the spatial questions as
// on the map: the scene's layers) as a table beside the project table: the
// layer, the feature's name and each property as a sortable column, all as text, with "Zoom to"
// per row, and the shown features to download. Their fields differ from file to file, so they are
// not forced into the project columns.
import type { Scene } from '../state/scene';
import type { SceneSource } from '../state/scene-source';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { displayValue } from './property-table';
import { userLayersState, type UserLayersState } from './user-layers-state';
import { COLUMN_SAMPLE, firstUserRows, propertyColumns, sortUserRows, userTableRows, type UserColumn, type UserSort } from './user-table-model';
import { featuresBBox } from '../import/feature-label';
import { requestFrame } from './frame-request';
import { savedWithShownFeatures, userFeaturesDownloads } from './user-features-downloads';
import { renderOnSceneLayers } from './render-on-change';

/** Rows drawn at most; the caption says how many there are in all. */
const MAX_ROWS = 500;

const columnId = (column: UserColumn) => (column.kind === 'property' ? `p:${column.key}` : column.kind);

export function mountUserFeaturesTable(parent: HTMLElement, scene: SceneSource, state: UserLayersState = userLayersState): () => void {
  const section = el('div', { class: 'user-features-table', 'data-testid': 'user-features-table' });
  parent.append(section);
  let sort: UserSort | null = null;
  const render = ({ lang, userLayers: shown }: Scene) => {
    const total = shown.reduce((sum, layer) => sum + layer.features.length, 0);
    if (total === 0) return section.replaceChildren();
    // a row for every feature only when sorting needs them all: a layer can hold 200,000
    const all = sort || total <= COLUMN_SAMPLE ? userTableRows(shown) : firstUserRows(shown, COLUMN_SAMPLE);
    const keys = propertyColumns(all);
    const columns: UserColumn[] = [{ kind: 'layer' }, { kind: 'name' }, ...keys.map((key): UserColumn => ({ kind: 'property', key }))];
    const rows = sortUserRows(all.slice(0, sort ? all.length : MAX_ROWS), sort, lang).slice(0, MAX_ROWS);
    const table = el('table');
    table.append(el('caption', {}, translate(lang, 'mydata.tableCaption', { count: total, shown: rows.length })));
    const headRow = el('tr');
    for (const column of columns) {
      const label = column.kind === 'layer' ? translate(lang, 'mydata.layer') : column.kind === 'name' ? translate(lang, 'mydata.featureName') : column.key;
      const th = el('th', { scope: 'col' });
      // a button in the header: sorting reachable and announced by keyboard and screen readers
      const button = el('button', { type: 'button', class: 'feature-table__sort', 'data-testid': 'user-table-sort', 'data-column': columnId(column) }, label);
      if (sort && columnId(sort.column) === columnId(column)) th.setAttribute('aria-sort', sort.direction);
      button.addEventListener('click', () => {
        const same = sort !== null && columnId(sort.column) === columnId(column);
        sort = { column, direction: same && sort?.direction === 'ascending' ? 'descending' : 'ascending' };
        render(scene.get());
        section.querySelector<HTMLButtonElement>(`button[data-column="${CSS.escape(columnId(column))}"]`)?.focus();
      });
      th.append(button);
      headRow.append(th);
    }
    headRow.append(el('th', { scope: 'col' }, translate(lang, 'mydata.zoomTo')));
    table.createTHead().append(headRow);
    const body = el('tbody');
    for (const row of rows) {
      const tr = el('tr', { 'data-testid': 'user-table-row' });
      tr.append(el('td', {}, row.layer), el('td', { 'data-testid': 'user-table-name' }, displayValue(row.name, lang)));
      for (const key of keys) tr.append(el('td', {}, displayValue(row.feature.properties?.[key], lang)));
      const zoom = el('button', { type: 'button', class: 'user-zoom', 'data-testid': 'user-feature-zoom', 'aria-label': translate(lang, 'mydata.zoomToNamed', { name: row.name ?? translate(lang, 'domain.unknown') }) }, translate(lang, 'mydata.zoomTo'));
      zoom.addEventListener('click', () => requestFrame(featuresBBox([row.feature])));
      const cell = el('td');
      cell.append(zoom);
      tr.append(cell);
      body.append(tr);
    }
    table.append(body);
    // the downloads hold the features listed (as narrowed when clicked), in their saved layers
    section.replaceChildren(userFeaturesDownloads(() => savedWithShownFeatures(scene.get().userLayers, state.getLayers()), lang), table);
  };
  return renderOnSceneLayers(render, scene);
}
