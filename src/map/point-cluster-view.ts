// Point symbols on the map, decluttered: points that would overlap at the current zoom are drawn as
// one cluster symbol (src/cartography/point-clusters.ts decides which), in step with the shown set.
// A click, Enter or Space on a cluster zooms to its members; when zooming cannot separate them (they
// share one position, or the map is at its closest zoom) they spread out in a ring around the spot,
// joined to it by thin lines, each a real symbol reachable by mouse, touch and keyboard. Escape, a
// zoom or a change of the shown set folds them back. The selected point is never merged.
import L from 'leaflet';
import type { Lang, ProjectFeature } from '../types';
import { createPointClusterIndex, type PointCluster } from '../cartography/point-clusters';
import { categoryLabel } from '../i18n/domain-labels';
import { localName, translate } from '../i18n/translate';
import { clusterBox, clusterSymbolSvg } from './cluster-symbol';

export interface PointClusterViewOptions {
  map: L.Map;
  /** every point feature that can be shown */
  points: readonly ProjectFeature[];
  /** the feature's own marker (built once by the feature layer) */
  markerOf(feature: ProjectFeature): L.Marker;
  pane: string;
  linesRenderer: L.Renderer;
  tabStops: boolean;
}

export interface PointClusterView {
  /** the shown points, in list order */
  setShown(points: readonly ProjectFeature[]): void;
  setSelected(feature: ProjectFeature | null): void;
  setLanguage(lang: Lang): void;
}

const SPREAD_STEP_PX = 34;

/** Fired on the map when the point symbols move without a move of the map (a stack spreads or folds), so the names can make room. */
export const SYMBOLS_MOVED = 'pointsymbolsmoved';
const NAMES_IN_TOOLTIP = 6;

const pointOf = (feature: ProjectFeature) => feature.geometry.coordinates as number[];

export function createPointClusterView(options: PointClusterViewOptions): PointClusterView {
  const { map } = options;
  const index = createPointClusterIndex(options.points, {
    lon: (f) => pointOf(f)[0]!,
    lat: (f) => pointOf(f)[1]!,
    category: (f) => f.properties.category,
    approximate: (f) => f.properties.precision === 'approximate',
    maxZoom: map.getMaxZoom(),
  });
  let shown: readonly ProjectFeature[] = [];
  let selected: ProjectFeature | null = null;
  let lang: Lang = 'zh';
  /** the members spread out around their spot, or null */
  let spread: { members: ProjectFeature[]; at: L.LatLng } | null = null;
  /** focus this feature's symbol (or its cluster) once the zoom started by a key has ended */
  let focusAfterZoom: ProjectFeature | null = null;
  const onMap = new Set<ProjectFeature>();
  /**
   * The cluster symbols on the map by what they stand for (key, members, language). A redraw keeps
   * the ones still standing for the same points: a selection or a filter change then touches only
   * the symbols that change, which on a slow phone is most of the time between a tap and its card.
   */
  let clusterMarkers = new Map<string, L.Marker>();
  const spreadLayers: L.Layer[] = [];

  function clusterLabel(cluster: PointCluster<ProjectFeature>): string {
    const split = cluster.split
      .map((part) => translate(lang, 'cluster.splitPart', { category: categoryLabel(part.category as ProjectFeature['properties']['category'], lang).toLocaleLowerCase(lang === 'en' ? 'en' : 'zh'), count: part.count }))
      .join(translate(lang, 'cluster.splitJoin'));
    const text = translate(lang, cluster.stacked ? 'cluster.labelStacked' : 'cluster.label', { count: cluster.members.length, split });
    return cluster.approximate > 0 ? `${text} (${translate(lang, 'cluster.approximate', { count: cluster.approximate })})` : text;
  }

  function tooltipOf(cluster: PointCluster<ProjectFeature>): HTMLElement {
    const root = document.createElement('div');
    root.className = 'feature-tooltip';
    const list = document.createElement('ul');
    list.className = 'cluster-tooltip__names';
    for (const member of cluster.members.slice(0, NAMES_IN_TOOLTIP)) {
      const item = document.createElement('li');
      item.textContent = localName(member.properties, lang);
      list.append(item);
    }
    root.append(list);
    const rest = cluster.members.length - NAMES_IN_TOOLTIP;
    if (rest > 0) root.append(Object.assign(document.createElement('div'), { textContent: translate(lang, 'cluster.more', { count: rest }) }));
    return root;
  }

  function clusterMarker(cluster: PointCluster<ProjectFeature>): L.Marker {
    const approximate = cluster.approximate > 0;
    const box = clusterBox(cluster.members.length, approximate);
    const holder = document.createElement('span');
    holder.className = 'feature-cluster__symbol';
    holder.append(clusterSymbolSvg(cluster.members.length, cluster.split, approximate));
    const icon = L.divIcon({ html: holder, className: 'feature-cluster', iconSize: [box, box], iconAnchor: [box / 2, box / 2] });
    const marker = L.marker([cluster.lat, cluster.lon], { icon, pane: options.pane, keyboard: false, riseOnHover: true });
    marker.on('add', () => {
      const element = marker.getElement();
      if (!element) return;
      element.setAttribute('data-cluster', cluster.key);
      element.setAttribute('data-cluster-members', cluster.members.map((m) => m.id).join(' '));
      element.setAttribute('data-cluster-stacked', String(cluster.stacked));
      element.setAttribute('role', 'button');
      element.setAttribute('tabindex', options.tabStops ? '0' : '-1');
      element.setAttribute('aria-label', clusterLabel(cluster));
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation(); // the map's own Enter selects the unit under the crosshair
        open(cluster, true);
      });
    });
    marker.bindTooltip(() => tooltipOf(cluster), { direction: 'top', offset: [0, -box / 2] });
    marker.on('click', (event) => {
      L.DomEvent.stopPropagation(event);
      open(cluster, false);
    });
    return marker;
  }

  /** Zooms to the members, or spreads them out where zooming cannot separate them. */
  function open(cluster: PointCluster<ProjectFeature>, byKey: boolean): void {
    const [west, south, east, north] = cluster.bounds;
    const bounds = L.latLngBounds([south, west], [north, east]);
    const padding = L.point(48, 48);
    const target = cluster.stacked ? Infinity : map.getBoundsZoom(bounds, false, padding);
    if (cluster.stacked || map.getZoom() >= map.getMaxZoom() || Math.min(target, map.getMaxZoom()) <= map.getZoom()) {
      spread = { members: cluster.members, at: L.latLng(cluster.lat, cluster.lon) };
      draw();
      map.fire(SYMBOLS_MOVED);
      if (byKey) focusSymbolOf(cluster.members[0]!);
      return;
    }
    focusAfterZoom = byKey ? cluster.members[0]! : null;
    map.fitBounds(bounds, { padding, maxZoom: map.getMaxZoom() });
  }

  function focusSymbolOf(feature: ProjectFeature): void {
    const own = onMap.has(feature) ? options.markerOf(feature).getElement() : undefined;
    const container = map.getContainer();
    const element = own ?? [...container.querySelectorAll<HTMLElement>('[data-cluster-members]')].find((e) => e.getAttribute('data-cluster-members')!.split(' ').includes(feature.id));
    element?.focus();
  }

  function fold(): void {
    if (!spread) return;
    spread = null;
    draw();
    map.fire(SYMBOLS_MOVED);
  }

  function spreadPositions(members: readonly ProjectFeature[], at: L.LatLng): L.LatLng[] {
    const centre = map.latLngToLayerPoint(at);
    const radius = Math.max(30, (members.length * SPREAD_STEP_PX) / (2 * Math.PI));
    return members.map((_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length;
      return map.layerPointToLatLng(centre.add(L.point(radius * Math.cos(angle), radius * Math.sin(angle))));
    });
  }

  function show(feature: ProjectFeature, at: L.LatLng | null): void {
    const marker = options.markerOf(feature);
    const [lon, lat] = pointOf(feature);
    // Only what changed is written: Leaflet rewrites the icon's style on every call, and a redraw
    // after a tap would otherwise restyle every marker on the map.
    const position = at ?? L.latLng(lat!, lon!);
    if (!marker.getLatLng().equals(position, 0)) marker.setLatLng(position);
    const zIndexOffset = feature === selected ? 1000 : 0;
    if (marker.options.zIndexOffset !== zIndexOffset) marker.setZIndexOffset(zIndexOffset);
    if (!onMap.has(feature)) {
      marker.addTo(map);
      onMap.add(feature);
    }
  }

  const clusterIdentity = (cluster: PointCluster<ProjectFeature>) => `${lang}|${cluster.key}|${cluster.members.map((m) => m.id).join(' ')}`;

  function draw(): void {
    const previousClusters = clusterMarkers;
    clusterMarkers = new Map();
    for (const layer of spreadLayers.splice(0)) layer.remove();
    const keep = new Set<ProjectFeature>();
    const spreadMembers = new Set(spread?.members ?? []);
    const apart = new Set<ProjectFeature>(selected ? [selected] : []);
    const rest = spreadMembers.size > 0 ? shown.filter((f) => !spreadMembers.has(f)) : shown;
    for (const group of index.groups(rest, map.getZoom(), apart)) {
      if (group.kind === 'point') {
        keep.add(group.item);
        show(group.item, null);
      } else {
        const identity = clusterIdentity(group);
        const marker = previousClusters.get(identity) ?? clusterMarker(group).addTo(map);
        previousClusters.delete(identity);
        clusterMarkers.set(identity, marker);
      }
    }
    for (const marker of previousClusters.values()) marker.remove();
    if (spread) {
      const positions = spreadPositions(spread.members, spread.at);
      spreadLayers.push(L.circleMarker(spread.at, { radius: 3, color: '#333333', weight: 1, fillColor: '#333333', fillOpacity: 1, interactive: false, renderer: options.linesRenderer }).addTo(map));
      spread.members.forEach((member, i) => {
        spreadLayers.push(L.polyline([spread!.at, positions[i]!], { color: '#333333', weight: 1, opacity: 0.8, interactive: false, renderer: options.linesRenderer, className: 'cluster-leg' }).addTo(map));
        keep.add(member);
        show(member, positions[i]!);
      });
    }
    for (const feature of [...onMap]) {
      if (keep.has(feature)) continue;
      options.markerOf(feature).remove();
      onMap.delete(feature);
    }
  }

  map.on('zoomstart', () => {
    spread = null;
  });
  map.on('zoomend', () => {
    draw();
    if (focusAfterZoom) {
      focusSymbolOf(focusAfterZoom);
      focusAfterZoom = null;
    }
  });
  map.on('click', fold);
  map.getContainer().addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && spread) {
      const first = spread.members[0]!;
      fold();
      focusSymbolOf(first);
    }
  });

  return {
    setShown(points) {
      if (points === shown) return;
      shown = points;
      spread = null;
      draw();
    },
    setSelected(feature) {
      if (feature === selected) return;
      selected = feature;
      draw();
    },
    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      draw();
    },
  };
}
