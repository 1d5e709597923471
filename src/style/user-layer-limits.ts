// How the planner's layers are drawn, shared by the map, the panel, the scene and so the export,
// without importing Leaflet.

/**
 * Most features a layer shows as one element each (sized circles when sized by a column); more are
 * drawn on one canvas of fixed markers (src/map/user-layer-canvas.ts). Counted on what is drawn: the
 * layer after its filter and the spatial questions.
 */
export const CANVAS_THRESHOLD = 1000;
