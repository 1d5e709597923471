// Reads a GeoJSON FeatureCollection, a single Feature or a bare geometry into source records.
// Geometry is passed on as found; validate-geometry.ts judges it.
import { fileProblem, quoteValue, recordProblem, type Problem, type RecordRef } from './problems.ts';
import { isPlainObject, recordId, type ParsedFile, type SourceRecord } from './source-record.ts';

export function parseGeoJsonValue(file: string, value: unknown): ParsedFile {
  const fileProblems: Problem[] = [];
  if (!isPlainObject(value)) {
    fileProblems.push(fileProblem(file, 'geojson-not-object'));
    return { records: [], fileProblems, warnings: [] };
  }
  if (value['type'] === 'FeatureCollection') {
    const features = value['features'];
    if (!Array.isArray(features)) {
      fileProblems.push(fileProblem(file, 'geojson-no-features-list'));
      return { records: [], fileProblems, warnings: [] };
    }
    return { records: features.map((feature, index) => featureRecord(file, feature, index)), fileProblems, warnings: [] };
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
