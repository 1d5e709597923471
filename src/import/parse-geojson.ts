// Reads a GeoJSON FeatureCollection, a single Feature or a bare geometry into source records.
// Geometry is passed on as found; validate-geometry.ts judges it.
import { fileProblem, quoteValue, recordProblem, type Problem } from './problems.ts';
import { isPlainObject, recordId, type ParsedFile, type SourceRecord } from './source-record.ts';

export function parseGeoJsonValue(file: string, value: unknown): ParsedFile {
  const fileProblems: Problem[] = [];
  if (!isPlainObject(value)) {
    fileProblems.push(fileProblem(file, 'is JSON but not a GeoJSON object (expected a FeatureCollection, Feature or geometry)'));
    return { records: [], fileProblems, warnings: [] };
  }
  if (value['type'] === 'FeatureCollection') {
    const features = value['features'];
    if (!Array.isArray(features)) {
      fileProblems.push(fileProblem(file, 'is a FeatureCollection without a "features" list'));
      return { records: [], fileProblems, warnings: [] };
    }
    return { records: features.map((feature, index) => featureRecord(file, feature, index)), fileProblems, warnings: [] };
  }
  if (value['type'] === 'Feature') return { records: [featureRecord(file, value, 0)], fileProblems, warnings: [] };
  // Anything else with a "type" is taken as a bare geometry; an unknown type name is reported there.
  if (typeof value['type'] === 'string') {
    const record: SourceRecord = {
      ref: { index: 0, label: 'geometry' },
      geometryField: '"geometry"',
      geometry: value,
      properties: {},
      problems: [],
    };
    return { records: [record], fileProblems, warnings: [] };
  }
  fileProblems.push(fileProblem(file, 'is JSON but has no GeoJSON "type"'));
  return { records: [], fileProblems, warnings: [] };
}

function featureRecord(file: string, feature: unknown, index: number): SourceRecord {
  const ref = { index, label: `feature ${index}` };
  if (!isPlainObject(feature)) {
    return { ref, geometryField: '"geometry"', geometry: null, properties: {}, problems: [
      { file, index, message: `${file}: feature ${index}: is not an object` },
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
    record.problems.push(recordProblem(file, record.ref, 'type', `"type" is ${quoteValue(feature['type'])}, expected "Feature"`));
  }
  return record;
}
