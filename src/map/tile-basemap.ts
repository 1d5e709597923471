// The deployer's optional tile basemap (off by default; manifest.json `basemap`, set at build time):
// a Leaflet tile layer in a pane of its own beneath every boundary, river, feature and label. The land
// fills above it turn translucent (CSS: .map--tiles) so the tiles show through, and its attribution
// follows the map's own in the attribution line. The tiles are the only thing the app then requests from
// another origin, and only when the deployer asked for them.
import L from 'leaflet';
import type { Lang } from '../types';
import type { TileBasemap } from '../data/load-boundaries';
import { translate } from '../i18n/translate';

export const TILE_PANE = 'basemap-tiles';
/** below the neighbouring provinces' pane (210, src/map/basemap-layers.ts) */
const TILE_PANE_Z = 205;

export function addTileBasemap(map: L.Map, setting: TileBasemap): L.TileLayer {
  const pane = map.createPane(TILE_PANE);
  pane.style.zIndex = String(TILE_PANE_Z);
  pane.classList.add('pane-passive');
  map.getContainer().classList.add('map--tiles');
  return L.tileLayer(setting.url, {
    pane: TILE_PANE,
    subdomains: setting.subdomains === '' ? 'abc' : setting.subdomains,
    // the app's own attribution line names the tiles (as text): Leaflet's would be HTML
    attribution: '',
    // tiles keep no referrer, as the app's own requests (Referrer-Policy: no-referrer)
    referrerPolicy: 'no-referrer',
    maxZoom: map.getMaxZoom(),
  }).addTo(map);
}

/** The attribution line with the tiles' source after the map's own. */
export function withTileAttribution(text: string, setting: TileBasemap | undefined, lang: Lang): string {
  return setting ? `${text} ${translate(lang, 'attribution.tiles', { source: setting.attribution })}` : text;
}
