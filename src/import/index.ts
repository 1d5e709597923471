// What the UI uses from the import modules.
export { openImportSession, ImportCancelledError, ImportFailedError, type ImportJob, type ImportJobOptions, type ImportFileLike, type ImportSession } from './import-client.ts';
export { checkFileSize } from './import-file.ts';
export { importAnyFile } from './import-any-file.ts';
export { acceptWithoutBadFeatures, type ImportResult, type ImportedLayer, type FixOffer, type FixKind, type ImportProgress } from './import-result.ts';
export type { Problem } from './problems.ts';
export { propertyFilterModel, type PropertyField } from './property-filter-model.ts';
export { safeHref } from './safe-href.ts';
export { createLayerStore, idbLayerBackend, memoryLayerBackend, LayerStoreError, type UserLayer, type LayerStore } from './layer-store.ts';
export { layersToGeoJSON } from './layers-to-geojson.ts';
export { MAX_FILE_BYTES, MAX_FEATURES, MAX_VERTICES, REGION } from './limits.ts';
