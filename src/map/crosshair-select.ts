// Keyboard selection on the map itself: while the map has focus a crosshair marks its centre, and
// Enter selects the unit drawn under it (what the user sees is what gets selected).
import L from 'leaflet';

export function addCrosshairSelect(map: L.Map, onSelect: (adcode: string) => void): void {
  const container = map.getContainer();
  const crosshair = L.DomUtil.create('div', 'map-crosshair', container);
  crosshair.setAttribute('aria-hidden', 'true');
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.target !== container) return;
    const rect = container.getBoundingClientRect();
    const under = document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const unit = under.find((element) => element.hasAttribute('data-adcode') && element.closest('.leaflet-pane'));
    const adcode = unit?.getAttribute('data-adcode');
    if (adcode) {
      event.preventDefault();
      onSelect(adcode);
    }
  });
}
