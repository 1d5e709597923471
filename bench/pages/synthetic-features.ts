// Seeded synthetic project features over the economic circle: 70 % points, 20 % short lines,
// 10 % small polygons, with every filterable property drawn at random.
import { CATEGORIES, LEVELS, PRECISIONS, STATUSES, type ProjectFeature, type ProjectGeometry } from '../../src/types';
import { SUBTYPES_BY_CATEGORY } from '../../src/data/schema';
import { CIRCLE_BOX, seededRandom } from '../synthetic';

export function syntheticFeatures(count: number, seed: number): ProjectFeature[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const [west, south, east, north] = CIRCLE_BOX;
  return Array.from({ length: count }, (_, i) => {
    const lon = west + random() * (east - west);
    const lat = south + random() * (north - south);
    const roll = random();
    let geometry: ProjectGeometry;
    let category = pick(CATEGORIES);
    if (roll < 0.7) geometry = { type: 'Point', coordinates: [lon, lat] };
    else if (roll < 0.9) {
      category = 'corridor';
      geometry = { type: 'LineString', coordinates: Array.from({ length: 5 }, (_, k) => [lon + k * 0.03, lat + (random() - 0.5) * 0.04]) };
    } else {
      const d = 0.02 + random() * 0.03;
      geometry = { type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] };
    }
    const id = `s${i}`;
    const province = pick(['sichuan', 'chongqing', 'both'] as const);
    return {
      type: 'Feature',
      id,
      geometry,
      properties: {
        id, name_zh: id, name_en: id, category, subtype: pick(SUBTYPES_BY_CATEGORY[category]),
        level: random() < 0.05 ? null : pick(LEVELS), province, cities: '', prefectures: [],
        status: random() < 0.05 ? null : pick(STATUSES), year: random() < 0.1 ? null : 1990 + Math.floor(random() * 36),
        geometry_kind: geometry.type === 'LineString' ? 'line' : 'point', precision: pick(PRECISIONS),
        description_en: null, sources: [], area_km2_official: null, area_note: null, area_km2_computed: null,
        has_extent: geometry.type === 'Polygon', partial_units: [], anchor: [lon, lat],
        in_planning_area: random() < 0.1 ? 'no' : 'yes', notes: null,
        aliases: [], county: null, description_zh: null, co_located: null, pair: null, demo_batch: null, lead_industry: null,
      },
    };
  });
}
