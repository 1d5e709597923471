// The writers behind "Download these features", fetched on the first click: the table that offers
// them is part of the first view, the writers are not needed to draw it.
export { layersToGeoJSON } from '../import/layers-to-geojson.ts';
export { userFeaturesCsv } from '../download/user-features-csv';
export { userTableRows } from './user-table-model';
