// Leaflet turns any two taps within 200 ms anywhere in the map's container into a double tap and
// zooms the map for it, taps on its controls included: "disable click propagation" does not stop its
// simulated double click (Leaflet/Leaflet#3532). On a phone, tapping Annotate and then Circle, or
// a zoom button twice, zoomed the map by an extra step, and the zoom's end undid any move made
// meanwhile (a new circle moved clear of the Annotate sheet went back under it). Taps on controls
// therefore end at the controls' container: nothing on the map needs them.
import type L from 'leaflet';

export function keepControlTapsOffMap(map: L.Map): void {
  map.getContainer().querySelector('.leaflet-control-container')?.addEventListener('click', (event) => event.stopPropagation());
}
