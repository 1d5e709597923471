// Reads every object of a TopoJSON topology into source records, using topojson-client to turn
// arcs back into coordinates. Geometry type names are checked first: topojson-client turns an
// unknown type into a null geometry, which would hide the name the user needs to fix.
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import { fileProblem, quoteValue, recordProblem, type Problem } from './problems.ts';
import { isPlainObject, recordId, type ParsedFile, type SourceRecord } from './source-record.ts';
import { describeTypeName } from './geometry-types.ts';

const TOPO_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

export function parseTopoJsonValue(file: string, value: unknown): ParsedFile {
  const fileProblems: Problem[] = [];
  if (!isPlainObject(value) || value['type'] !== 'Topology' || !isPlainObject(value['objects']) || !Array.isArray(value['arcs'])) {
    fileProblems.push(fileProblem(file, 'topojson-invalid'));
    return { records: [], fileProblems, warnings: [] };
  }
  const topology = value as unknown as Topology;
  const records: SourceRecord[] = [];
  for (const [objectName, object] of Object.entries(value['objects'])) {
    const members = isPlainObject(object) && object['type'] === 'GeometryCollection' && Array.isArray(object['geometries'])
      ? (object['geometries'] as unknown[])
      : [object];
    members.forEach((member, memberIndex) => {
      records.push(memberRecord(file, topology, objectName, member, memberIndex, records.length));
    });
  }
  return { records, fileProblems, warnings: [] };
}

function memberRecord(file: string, topology: Topology, objectName: string, member: unknown, memberIndex: number, index: number): SourceRecord {
  const label = { kind: 'object' as const, n: memberIndex, object: quoteValue(objectName) };
  const properties = isPlainObject(member) && isPlainObject(member['properties']) ? member['properties'] : {};
  const id = isPlainObject(member) ? recordId(member['id'], properties) : undefined;
  const ref = id === undefined ? { index, ...label } : { index, ...label, id };
  const record: SourceRecord = { ref, geometryField: '"type"', geometry: null, properties, problems: [] };
  if (!isPlainObject(member)) {
    record.problems.push(recordProblem(file, ref, undefined, 'record-not-object'));
    return record;
  }
  const type = member['type'];
  if (type === null) {
    record.problems.push(recordProblem(file, ref, 'type', 'topojson-type-null'));
    return record;
  }
  if (typeof type !== 'string' || !TOPO_TYPES.has(type)) {
    const named = describeTypeName(type);
    record.problems.push(recordProblem(file, ref, 'type', named.code, named.params));
    return record;
  }
  try {
    const decoded = feature(topology, member as unknown as GeometryObject);
    record.geometry = decoded.type === 'Feature' ? decoded.geometry : null;
    record.geometryField = type === 'Point' || type === 'MultiPoint' ? '"coordinates"' : '"arcs"';
  } catch {
    record.problems.push(recordProblem(file, ref, 'arcs', 'topojson-arcs-undecodable'));
  }
  return record;
}
