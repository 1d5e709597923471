// What the "Charts and table" region draws and downloads with (d3 scales, axes, brush, the table
// and the CSV/GeoJSON writers): one chunk, fetched when the region is first opened. Their stylesheet
// comes with the chunk (the production build links it when the chunk loads).
import '../styles/charts.css';
export { renderChartPanel } from '../charts/chart-panel';
export { renderFeatureTable } from '../table/feature-table';
export { toCSV } from '../download/csv';
export { toGeoJSON } from '../download/geojson';
export { CSV_MIME, GEOJSON_MIME, triggerDownload } from '../download/trigger-download';
