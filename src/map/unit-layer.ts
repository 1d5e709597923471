// One interactive GeoJSON layer of administrative units (prefecture-level or county-level): each
// path carries data-adcode, hovering highlights and names the unit, clicking selects it.
import L from 'leaflet';
import type { VectorGeoJSONOptions } from './vector-options';
import type { Lang, UnitProperties } from '../types';
import type { UnitCollection } from '../data/load-boundaries';
import { localName } from '../i18n/translate';
import { unitStyle, type UnitEmphasis } from './map-styles';

export interface UnitLayerOptions {
  level: 'prefecture' | 'county';
  renderer: L.Renderer;
  pane?: string;
  onSelect(adcode: string): void;
}

export interface UnitLayer {
  layer: L.GeoJSON;
  setSelected(adcode: string | null): void;
  setLanguage(lang: Lang): void;
}

function tooltipContent(unit: UnitProperties, lang: Lang): HTMLElement {
  const element = document.createElement('span');
  element.className = 'unit-tooltip';
  element.textContent = localName(unit, lang);
  return element;
}

export function createUnitLayer(collection: UnitCollection, options: UnitLayerOptions): UnitLayer {
  let selected: string | null = null;
  let lang: Lang = 'zh';
  const pathsByAdcode = new Map<string, L.Path>();

  const emphasisOf = (adcode: string, hovered: boolean): UnitEmphasis =>
    adcode === selected ? 'selected' : hovered ? 'hover' : 'normal';

  const layer = L.geoJSON(collection, <VectorGeoJSONOptions>{
    renderer: options.renderer,
    pane: options.pane ?? 'overlayPane',
    style: () => unitStyle(options.level, 'normal'),
    onEachFeature(feature, path) {
      const unit = feature.properties as UnitProperties;
      const vector = path as L.Path;
      pathsByAdcode.set(unit.adcode, vector);
      vector.bindTooltip(() => tooltipContent(unit, lang), { sticky: true, direction: 'top', offset: [0, -8] });
      vector.on('add', () => {
        const element = vector.getElement();
        element?.setAttribute('data-adcode', unit.adcode);
        element?.setAttribute('data-level', options.level);
      });
      vector.on('mouseover', () => {
        vector.setStyle(unitStyle(options.level, emphasisOf(unit.adcode, true)));
        if (unit.adcode !== selected) vector.bringToFront();
      });
      vector.on('mouseout', () => {
        vector.setStyle(unitStyle(options.level, emphasisOf(unit.adcode, false)));
        // the hovered outline was raised above the selected one: put the selection back on top
        const current = selected === null ? undefined : pathsByAdcode.get(selected);
        if (current && current !== vector && current.getElement()) current.bringToFront();
      });
      vector.on('click', () => options.onSelect(unit.adcode));
    },
  });

  return {
    layer,
    setSelected(adcode) {
      const previous = selected === null ? undefined : pathsByAdcode.get(selected);
      selected = adcode;
      previous?.setStyle(unitStyle(options.level, 'normal'));
      const current = adcode === null ? undefined : pathsByAdcode.get(adcode);
      current?.setStyle(unitStyle(options.level, 'selected'));
      if (current && layer.hasLayer(current) && current.getElement()) current.bringToFront();
    },
    setLanguage(next) {
      lang = next;
      // An open tooltip keeps its old text until it is rebuilt.
      for (const path of pathsByAdcode.values()) if (path.isTooltipOpen()) path.closeTooltip().openTooltip();
    },
  };
}
