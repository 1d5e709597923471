// Reads a GeoJSON FeatureCollection, a single Feature or a bare geometry into source records, and
// the two Chinese variants planners are handed: a bare JSON list of Features (what DataV's tools
// and many scripts write) and ECharts' encoded map files (`UTF8Encoding`, see echarts-encoded.ts).
// Geometry is passed on as found (decoded, for ECharts); validate-geometry.ts judges it.
import { fileProblem, quoteValue, recordProblem, type Problem, type RecordRef } from './problems.ts';
import { isPlainObject, recordId, type ParsedFile, type SourceRecord } from './source-record.ts';
import { decodeEchartsGeometry, dropSlivers, echartsScale, EchartsDecodeError, isEchartsEncoded } from './echarts-encoded.ts';

export function parseGeoJsonValue(file: string, value: unknown): ParsedFile {
  const fileProblems: Problem[] = [];
  if (Array.isArray(value)) return parseFeatureList(file, value);
  if (!isPlainObject(value)) {
    fileProblems.push(fileProblem(file, 'geojson-not-object'));
    return { records: [], fileProblems, warnings: [] };
  }
  if (value['type'] === 'FeatureCollection' || (value['type'] === undefined && Array.isArray(value['features']))) {
    const features = value['features'];
    if (!Array.isArray(features)) {
      fileProblems.push(fileProblem(file, 'geojson-no-features-list'));
      return { records: [], fileProblems, warnings: [] };
    }
    const records = features.map((feature, index) => featureRecord(file, feature, index));
    if (!isEchartsEncoded(value)) return { records, fileProblems, warnings: [] };
    const scale = echartsScale(value);
    const warnings: Problem[] = [];
    for (const record of records) decodeRecord(file, record, scale, warnings);
    return { records, fileProblems, warnings, form: 'echarts-encoded' };
  }
  if (value['type'] === 'Feature') return { records: [featureRecord(file, value, 0)], fileProblems, warnings: [] };
  // Anything else with a "type" is taken as a bare geometry; an unknown type name is reported there.
  if (typeof value['type'] === 'string') {
    const record: SourceRecord = {
      ref: { index: 0, kind: 'geometry', n: 0 },
      geometryField: '"geometry"',
      geometry: value,
      properties: {},
      problems: [],
    };
    return { records: [record], fileProblems, warnings: [] };
  }
  fileProblems.push(fileProblem(file, 'geojson-no-type'));
  return { records: [], fileProblems, warnings: [] };
}

/** A bare list: read as a FeatureCollection when its items are Features; otherwise one message, not one per item. */
function parseFeatureList(file: string, items: unknown[]): ParsedFile {
  const firstOther = items.findIndex((item) => !isPlainObject(item) || item['type'] !== 'Feature');
  if (items.length > 0 && firstOther >= 0) {
    const item = items[firstOther];
    const what = isPlainObject(item) ? quoteValue(item['type'] ?? null) : quoteValue(Array.isArray(item) ? '[…]' : item);
    return { records: [], warnings: [], fileProblems: [fileProblem(file, 'json-list-not-features', { n: firstOther, what })] };
  }
  return { records: items.map((feature, index) => featureRecord(file, feature, index)), fileProblems: [], warnings: [], form: 'feature-list' };
}

function decodeRecord(file: string, record: SourceRecord, scale: number, warnings: Problem[]): void {
  try {
    const { geometry, dropped } = dropSlivers(decodeEchartsGeometry(record.geometry, scale));
    record.geometry = geometry;
    if (dropped > 0) warnings.push(recordProblem(file, record.ref, 'geometry', 'echarts-slivers-dropped', { count: dropped }));
  } catch (error) {
    if (!(error instanceof EchartsDecodeError)) throw error;
    record.geometry = null;
    record.problems.push(recordProblem(file, record.ref, 'geometry', 'echarts-undecodable', { reason: error.reason }));
  }
}

function featureRecord(file: string, feature: unknown, index: number): SourceRecord {
  const ref: RecordRef = { index, kind: 'feature', n: index };
  if (!isPlainObject(feature)) {
    return { ref, geometryField: '"geometry"', geometry: null, properties: {}, problems: [
      recordProblem(file, ref, undefined, 'record-not-object'),
    ] };
  }
  const properties = isPlainObject(feature['properties']) ? feature['properties'] : {};
  const id = recordId(feature['id'], properties);
  const record: SourceRecord = {
    ref: id === undefined ? ref : { ...ref, id },
    geometryField: '"geometry"',
    geometry: feature['geometry'] ?? null,
    properties,
    problems: [],
  };
  if (feature['type'] !== 'Feature') {
    record.problems.push(recordProblem(file, record.ref, 'type', 'feature-type-wrong', { value: quoteValue(feature['type']) }));
  }
  return record;
}
