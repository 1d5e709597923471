// How the planner's layers are drawn, shared by the map and the panel without importing Leaflet.

/** Most features a layer shows as SVG elements; more are drawn on one canvas (user-layer-canvas.ts). */
export const CANVAS_THRESHOLD = 1000;
