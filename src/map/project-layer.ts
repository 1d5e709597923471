// Plain Leaflet rendering of the project features: corridor lines, circle markers for sites
// (hollow and dashed when the placement is approximate), dashed translucent extents for zones
// built from member units, and a dotted overlay for units only partly included.
// Tooltips are DOM nodes filled with textContent: data is never parsed as HTML.
import L from 'leaflet';
import type { Category, Lang, ProjectCollection, ProjectFeature, ProjectProperties } from '../types.ts';

const CATEGORY_COLOURS: Record<Category, string> = {
  corridor: '#b2182b',
  pilot_zone: '#2166ac',
  industrial_park: '#1b7837',
  platform: '#762a83',
};

const LABELS: Record<Lang, Record<string, string>> = {
  zh: {
    corridor: '通道', pilot_zone: '试验区', industrial_park: '园区', platform: '平台', unknown: '未知',
    status: '状态', year: '年份', precision: '位置精度', exact: '精确', city: '区县驻地', approximate: '近似',
    partly: '部分纳入', operating: '运营', under_construction: '在建', designated: '已批复', planned: '规划',
  },
  en: {
    corridor: 'Corridor', pilot_zone: 'Pilot zone', industrial_park: 'Industrial park', platform: 'Platform',
    unknown: 'unknown', status: 'Status', year: 'Year', precision: 'Placement', exact: 'exact',
    city: 'district/county seat', approximate: 'approximate', partly: 'partly included', operating: 'operating',
    under_construction: 'under construction', designated: 'designated', planned: 'planned',
  },
};

const label = (lang: Lang, key: string | null): string => (key === null ? LABELS[lang].unknown ?? 'unknown' : LABELS[lang][key] ?? key);

function line(parent: HTMLElement, text: string, className?: string): void {
  const el = document.createElement('div');
  if (className) el.className = className;
  el.textContent = text;
  parent.appendChild(el);
}

/** The tooltip of one feature, built from DOM nodes only. */
export function projectTooltip(p: ProjectProperties, lang: Lang): HTMLElement {
  const root = document.createElement('div');
  root.className = 'project-tooltip';
  line(root, lang === 'zh' ? p.name_zh : p.name_en, 'project-tooltip__name');
  line(root, `${label(lang, p.category)} · ${p.subtype.replace(/_/g, ' ')}`);
  line(root, `${label(lang, 'status')}: ${label(lang, p.status)}; ${label(lang, 'year')}: ${p.year ?? label(lang, null)}`);
  line(root, `${label(lang, 'precision')}: ${label(lang, p.precision)}`);
  return root;
}

function styleFor(feature: ProjectFeature): L.PathOptions {
  const colour = CATEGORY_COLOURS[feature.properties.category];
  switch (feature.geometry.type) {
    case 'LineString':
      return { color: colour, weight: 3, opacity: 0.9, dashArray: feature.properties.status === 'under_construction' ? '6 4' : '' };
    case 'Polygon':
    case 'MultiPolygon':
      return { color: colour, weight: 1.5, opacity: 0.8, dashArray: '6 4', fillColor: colour, fillOpacity: 0.08 };
    case 'Point':
      return {};
  }
}

function markerFor(feature: ProjectFeature, latlng: L.LatLng): L.CircleMarker {
  const colour = CATEGORY_COLOURS[feature.properties.category];
  // never present an approximate placement as exact: hollow and dashed
  const approximate = feature.properties.precision === 'approximate';
  return L.circleMarker(latlng, {
    radius: 6,
    color: colour,
    weight: 2,
    fillColor: colour,
    fillOpacity: approximate ? 0 : 0.7,
    dashArray: approximate ? '3 3' : '',
  });
}

export function createProjectLayer(collection: ProjectCollection, lang: Lang): L.LayerGroup {
  const group = L.layerGroup();
  // extents first so that lines and markers stay clickable on top of them
  const ordered = [...collection.features].sort((a, b) => rank(a) - rank(b)) as ProjectFeature[];
  for (const feature of ordered) {
    const layer = L.geoJSON(feature, {
      style: () => styleFor(feature),
      pointToLayer: (_point, latlng) => markerFor(feature, latlng),
    });
    layer.bindTooltip(() => projectTooltip(feature.properties, lang), { sticky: true });
    group.addLayer(layer);
    const partial = collection.partial_extents?.[feature.properties.id];
    if (partial) {
      const colour = CATEGORY_COLOURS[feature.properties.category];
      const overlay = L.geoJSON(partial, {
        style: () => ({ color: colour, weight: 1, dashArray: '2 4', fillColor: colour, fillOpacity: 0.03 }),
      });
      overlay.bindTooltip(() => {
        const el = projectTooltip(feature.properties, lang);
        line(el, label(lang, 'partly'));
        return el;
      }, { sticky: true });
      group.addLayer(overlay);
    }
  }
  return group;
}

function rank(feature: { geometry: { type: string } }): number {
  const t = feature.geometry.type;
  return t === 'Polygon' || t === 'MultiPolygon' ? 0 : t === 'LineString' ? 1 : 2;
}
