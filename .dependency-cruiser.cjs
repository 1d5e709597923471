// Import rules, checked first by `npm test` (scripts/test.mjs; `npm run deps` alone):
// no cycles (type-only imports count: they tie modules together just the same), and imports only
// go down the layers of the data flow. Layers, lowest first:
//   foundation  src/types.ts, src/i18n/
//   domain      pure logic: about, annotations, data, filters, questions, spatial, search, style,
//               download, export (the renderer), import (parsers and checks), cartography, join,
//               timeline/timeline.ts (the years' arithmetic), and the choropleth's own logic (its
//               spec, model, values, engine, download writer, export rows and saved tables)
//   state       src/state/ (store, URL codecs, the scene), src/story/story.ts (a story is state steps),
//               src/choropleth/choropleth-state.ts (the choropleth shown now)
//   views       map, ui, charts, table, embed, export-ui, user-data, project-file (Save/Open project),
//               timeline's and story's controls, and the choropleth's panel, legends and report
//   wiring      src/main.ts, src/full-app.ts, src/first-requests.ts
// Every .ts file under src/ is in one layer (the choropleth's files by name: its logic is listed,
// the rest are its views), so a new folder or file is checked or fails `npm run deps`.
/** @type {import('dependency-cruiser').IConfiguration} */
const CHOROPLETH_DOMAIN = 'choropleth-(spec|model|values|engine|download)|export-choropleth|table-store';
const CHOROPLETH_STATE = 'choropleth-state';
const DOMAIN = `^src/(about|annotations|data|filters|questions|spatial|search|style|download|export|import|cartography|join)/|^src/timeline/timeline[.]ts$|^src/choropleth/(${CHOROPLETH_DOMAIN})[.]ts$`;
const STATE = `^src/state/|^src/story/story[.]ts$|^src/choropleth/${CHOROPLETH_STATE}[.]ts$`;
const VIEWS = `^src/(map|ui|charts|table|embed|export-ui|user-data|project-file)/|^src/timeline/timeline-|^src/story/story-|^src/choropleth/(?!(${CHOROPLETH_DOMAIN}|${CHOROPLETH_STATE})[.]ts$)`;
const WIRING = '^src/(main|full-app|first-requests)[.]ts$';
const FOUNDATION = '^src/(types[.]ts|i18n/)';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make modules impossible to load, test or move one at a time.', from: {}, to: { circular: true } },
    { name: 'every-module-in-a-layer', severity: 'error', comment: 'A module in no layer is not checked: add its folder or name to a layer above.', from: { path: '^src/.*[.]ts$', pathNot: [FOUNDATION, DOMAIN, STATE, VIEWS, WIRING, '[.]d[.]ts$'] }, to: {} },
    { name: 'every-imported-module-in-a-layer', severity: 'error', comment: 'A module in no layer is not checked: add its folder or name to a layer above.', from: { path: '^src/' }, to: { path: '^src/.*[.]ts$', pathNot: [FOUNDATION, DOMAIN, STATE, VIEWS, WIRING, '[.]d[.]ts$'] } },
    { name: 'foundation-imports-nothing-above', severity: 'error', from: { path: FOUNDATION }, to: { path: [DOMAIN, STATE, VIEWS, WIRING] } },
    { name: 'domain-stays-below-state-and-views', severity: 'error', from: { path: DOMAIN }, to: { path: [STATE, VIEWS, WIRING] } },
    { name: 'state-stays-below-views', severity: 'error', from: { path: STATE }, to: { path: [VIEWS, WIRING] } },
    { name: 'views-do-not-import-wiring', severity: 'error', from: { path: VIEWS }, to: { path: WIRING } },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    // type-only imports count too
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
