// Import rules, checked first by `npm test` (scripts/test.mjs; `npm run deps` alone):
// no cycles (type-only imports count: they tie modules together just the same), and imports only
// go down the layers of the data flow. Layers, lowest first:
//   foundation  src/types.ts, src/i18n/
//   domain      pure logic: annotations, data, filters, questions, spatial, search, style, download,
//               export (the renderer), import (parsers and checks), cartography, join,
//               timeline/timeline.ts (the years' arithmetic)
//   state       src/state/ (store, URL codecs, the scene), src/story/story.ts (a story is state steps)
//   views       map, ui, charts, table, embed, export-ui, user-data, timeline's and story's controls
//   wiring      src/main.ts, src/full-app.ts
/** @type {import('dependency-cruiser').IConfiguration} */
const DOMAIN = '^src/(annotations|data|filters|questions|spatial|search|style|download|export|import|cartography|join)/|^src/timeline/timeline[.]ts$';
const STATE = '^src/state/|^src/story/story[.]ts$';
const VIEWS = '^src/(map|ui|charts|table|embed|export-ui|user-data)/|^src/timeline/timeline-|^src/story/story-';
const WIRING = '^src/(main|full-app)[.]ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make modules impossible to load, test or move one at a time.', from: {}, to: { circular: true } },
    { name: 'foundation-imports-nothing-above', severity: 'error', from: { path: '^src/(types[.]ts|i18n/)' }, to: { path: [DOMAIN, STATE, VIEWS, WIRING] } },
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
