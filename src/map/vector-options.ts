import type L from 'leaflet';

/** L.geoJSON hands its options to every path it creates, renderer included; the typings omit it. */
export type VectorGeoJSONOptions = L.GeoJSONOptions & { renderer?: L.Renderer };
