// The choropleth's downloads: every unit of the joined level with its joined value, its class (number
// and bounds, as the legend writes them), its colour and the table row it came from. A unit without a
// value keeps empty cells, never a zero. CSV for spreadsheets (UTF-8 with BOM, formula-guarded cells
// as the project download), GeoJSON with the unit outlines and the colouring in a foreign member. Pure.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Lang, UnitProperties } from '../types.ts';
import { csvLines, type CellValue } from '../download/csv-cell.ts';
import { classLabels } from '../style/class-labels.ts';
import { classOf } from '../style/choropleth.ts';
import { NO_DATA_COLOUR } from '../style/palette-names.ts';
import type { ChoroplethModel } from './choropleth-model.ts';

type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

export interface JoinedUnit {
  adcode: string;
  name_zh: string;
  name_en: string;
  value: number | null;
  /** 1 for the lowest class; null without a value */
  class: number | null;
  class_range: string | null;
  colour: string;
  /** the row of the table file the value came from, as the join report numbers it (the header is row 1) */
  table_row: number | null;
}

export function joinedUnits(model: ChoroplethModel, units: readonly UnitFeature[], lang: Lang): JoinedUnit[] {
  const labels = classLabels(model.breaks, lang, model.unit);
  return units.map(({ properties: { adcode, name_zh, name_en } }) => {
    const entry = model.values.get(adcode);
    const klass = classOf(entry?.value, model.breaks);
    return {
      adcode, name_zh, name_en,
      value: entry?.value ?? null,
      class: klass === -1 ? null : klass + 1,
      class_range: klass === -1 ? null : (labels[klass] ?? null),
      colour: model.fills.get(adcode) ?? NO_DATA_COLOUR,
      table_row: entry?.n ?? null,
    };
  });
}

const BOM = '\ufeff';

/** Header: adcode, names, the value under its own column name, then class, bounds, colour, row. */
export function choroplethCsv(model: ChoroplethModel, units: readonly UnitFeature[], lang: Lang): string {
  const rows: CellValue[][] = joinedUnits(model, units, lang).map((u) => [u.adcode, u.name_zh, u.name_en, u.value, u.class, u.class_range, u.colour, u.table_row]);
  return BOM + csvLines([['adcode', 'name_zh', 'name_en', model.spec.value, 'class', 'class_range', 'colour', 'table_row'], ...rows]);
}

export type ChoroplethGeoJSON = FeatureCollection<Polygon | MultiPolygon, JoinedUnit & { column: string }> & {
  /** how the units were coloured, so the file can be restyled elsewhere */
  choropleth: { table: string; column: string; unit: string | null; method: string; palette: string; breaks: number[]; colours: string[]; no_data_colour: string };
};

export function choroplethGeoJSON(model: ChoroplethModel, units: readonly UnitFeature[], lang: Lang): ChoroplethGeoJSON {
  const joined = joinedUnits(model, units, lang);
  return {
    type: 'FeatureCollection',
    choropleth: { table: model.tableName, column: model.spec.value, unit: model.unit ?? null, method: model.spec.method, palette: model.spec.palette, breaks: model.breaks, colours: model.colours, no_data_colour: NO_DATA_COLOUR },
    features: units.map((unit, i) => ({ type: 'Feature', geometry: unit.geometry, properties: { ...(joined[i] as JoinedUnit), column: model.spec.value } })),
  };
}
