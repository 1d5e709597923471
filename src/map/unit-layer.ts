// One interactive GeoJSON layer of administrative units (prefecture-level or county-level): each
// path carries data-adcode, hovering highlights and names the unit, clicking selects it.
import L from 'leaflet';
import type { VectorGeoJSONOptions } from './vector-options';
import type { Lang, UnitProperties } from '../types';
import type { UnitCollection } from '../data/load-boundaries';
import { localName, translate } from '../i18n/translate';
import { unitStyle, type UnitEmphasis } from './map-styles';
import { choroplethState } from '../choropleth/choropleth-state';
import { valueLabel } from '../style/class-labels';

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

/** The unit's choropleth colour and value line, when a table colours this level. */
function choroplethOf(level: UnitLayerOptions['level'], adcode: string) {
  const model = choroplethState.get();
  return model !== null && model.level === level ? { fill: model.fills.get(adcode), entry: model.values.get(adcode), model } : undefined;
}

function tooltipContent(unit: UnitProperties, lang: Lang, level: UnitLayerOptions['level']): HTMLElement {
  const element = document.createElement('span');
  element.className = 'unit-tooltip';
  element.textContent = localName(unit, lang);
  const choropleth = choroplethOf(level, unit.adcode);
  if (choropleth) {
    const value = document.createElement('span');
    value.className = 'unit-tooltip-value';
    value.dataset.testid = 'unit-tooltip-value';
    value.textContent = `${choropleth.model.spec.value}: ${choropleth.entry ? valueLabel(choropleth.entry.value, lang, choropleth.model.unit) : translate(lang, 'choro.noData')}`;
    element.append(document.createElement('br'), value);
  }
  return element;
}

export function createUnitLayer(collection: UnitCollection, options: UnitLayerOptions): UnitLayer {
  let selected: string | null = null;
  let lang: Lang = 'zh';
  const pathsByAdcode = new Map<string, L.Path>();
  const adcodeOf = new Map<L.Path, string>();

  const emphasisOf = (adcode: string, hovered: boolean): UnitEmphasis =>
    adcode === selected ? 'selected' : hovered ? 'hover' : 'normal';
  const styleOf = (adcode: string, emphasis: UnitEmphasis) => unitStyle(options.level, emphasis, choroplethOf(options.level, adcode)?.fill);

  const layer = L.geoJSON(collection, <VectorGeoJSONOptions>{
    renderer: options.renderer,
    pane: options.pane ?? 'overlayPane',
    style: (feature) => styleOf((feature?.properties as UnitProperties).adcode, 'normal'),
    onEachFeature(feature, path) {
      const unit = feature.properties as UnitProperties;
      const vector = path as L.Path;
      pathsByAdcode.set(unit.adcode, vector);
      adcodeOf.set(vector, unit.adcode);
      vector.bindTooltip(() => tooltipContent(unit, lang, options.level), { sticky: true, direction: 'top', offset: [0, -8] });
      vector.on('add', () => {
        const element = vector.getElement();
        element?.setAttribute('data-adcode', unit.adcode);
        element?.setAttribute('data-level', options.level);
        const fill = choroplethOf(options.level, unit.adcode)?.fill;
        if (fill) element?.setAttribute('data-fill', fill);
        else element?.removeAttribute('data-fill');
      });
      vector.on('mouseover', () => {
        vector.setStyle(styleOf(unit.adcode, emphasisOf(unit.adcode, true)));
        if (unit.adcode !== selected) vector.bringToFront();
      });
      vector.on('mouseout', () => {
        vector.setStyle(styleOf(unit.adcode, emphasisOf(unit.adcode, false)));
        // the hovered outline was raised above the selected one: put the selection back on top
        const current = selected === null ? undefined : pathsByAdcode.get(selected);
        if (current && current !== vector && current.getElement()) current.bringToFront();
      });
      vector.on('click', () => options.onSelect(unit.adcode));
    },
  });

  // A new colouring restyles every unit in place: the paths and their events stay. Followed while
  // the layer is on the map (counties come and go with the zoom), restyled on each return.
  const restyle = () => {
    for (const [adcode, path] of pathsByAdcode) {
      path.setStyle(styleOf(adcode, emphasisOf(adcode, false)));
      const element = path.getElement();
      const fill = choroplethOf(options.level, adcode)?.fill;
      if (fill) element?.setAttribute('data-fill', fill);
      else element?.removeAttribute('data-fill');
      if (path.isTooltipOpen()) path.closeTooltip().openTooltip();
    }
  };
  let unsubscribe: (() => void) | null = null;
  layer.on('add', () => {
    restyle();
    unsubscribe = choroplethState.subscribe(restyle);
  });
  layer.on('remove', () => {
    unsubscribe?.();
    unsubscribe = null;
  });

  return {
    layer,
    setSelected(adcode) {
      const previous = selected === null ? undefined : pathsByAdcode.get(selected);
      selected = adcode;
      if (previous) previous.setStyle(styleOf(adcodeOf.get(previous) ?? '', 'normal'));
      const current = adcode === null ? undefined : pathsByAdcode.get(adcode);
      if (current && adcode !== null) current.setStyle(styleOf(adcode, 'selected'));
      if (current && layer.hasLayer(current) && current.getElement()) current.bringToFront();
    },
    setLanguage(next) {
      lang = next;
      // An open tooltip keeps its old text until it is rebuilt.
      for (const path of pathsByAdcode.values()) if (path.isTooltipOpen()) path.closeTooltip().openTooltip();
    },
  };
}
