// Reads a ZIP a planner drops: a zipped shapefile (the .shp with its .dbf, .prj and .cpg; several
// shapefiles in one zip become one layer) or a KMZ (zipped KML). Loaded with import() on first use.
// A .prj is honoured: coordinates are reprojected to WGS84 with proj4 (as shpjs does); a .prj that
// proj4 cannot read is named in the message rather than its coordinates drawn in the wrong place.
import { iter } from 'but-unzip';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, FeatureCollection } from 'geojson';
import { fileProblem, quoteValue, type Problem } from './problems.ts';
import { dbfEncoding } from './dbf-encoding.ts';

export type ArchiveOutcome =
  | { ok: true; kind: 'shapefile'; collection: FeatureCollection; warnings: Problem[] }
  | { ok: true; kind: 'kmz'; kmlText: string }
  | { ok: false; problem: Problem };

/** How many entry names a "no layer in this zip" message lists. */
const LISTED_ENTRIES = 6;

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** `PROJCS["CGCS2000_3_Degree_GK_CM_105E", …` → the system's name, for messages. */
export function prjSystemName(wkt: string): string {
  return /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|COMPD_CS|LOCAL_CS|ENGCRS)\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? wkt.trim().slice(0, 60);
}

/**
 * Whether proj4 can take these coordinates to longitude and latitude. A local grid (LOCAL_CS, a
 * city's own survey system) has no published link to the globe: proj4 parses it but its numbers
 * would be nonsense, so it counts as unreadable too.
 */
function readablePrj(wkt: string): boolean {
  if (/^\s*(?:LOCAL_CS|ENGCRS|ENGINEERING)/i.test(wkt)) return false;
  try {
    proj4(wkt);
    return true;
  } catch {
    return false;
  }
}

async function readEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const entries = new Map<string, Uint8Array>();
  for (const item of iter(bytes)) {
    // macOS adds resource forks under __MACOSX/ that look like shapefiles but are not.
    if (item.filename.includes('__MACOSX/') || item.filename.endsWith('/')) continue;
    entries.set(item.filename, await item.read());
  }
  return entries;
}

function partOf(entries: Map<string, Uint8Array>, stem: string, extension: string): [string, Uint8Array] | undefined {
  for (const [path, data] of entries) {
    if (path.toLowerCase() === `${stem.toLowerCase()}.${extension}`) return [path, data];
  }
  return undefined;
}

export async function readArchive(file: string, bytes: Uint8Array): Promise<ArchiveOutcome> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = await readEntries(bytes);
  } catch (error) {
    return { ok: false, problem: fileProblem(file, 'zip-unreadable', { detail: error instanceof Error ? error.message : String(error) }) };
  }
  const paths = [...entries.keys()];
  const shapes = paths.filter((path) => path.toLowerCase().endsWith('.shp'));
  if (shapes.length === 0) {
    const kml = paths.find((path) => path.toLowerCase().endsWith('.kml'));
    if (kml) return { ok: true, kind: 'kmz', kmlText: new TextDecoder().decode(entries.get(kml)) };
    const listed = paths.slice(0, LISTED_ENTRIES).map(baseName).join(', ') + (paths.length > LISTED_ENTRIES ? ', …' : '');
    return { ok: false, problem: fileProblem(file, 'zip-no-layer', { entries: listed === '' ? '—' : listed }) };
  }
  const features: Feature[] = [];
  const warnings: Problem[] = [];
  for (const shpPath of shapes) {
    const stem = shpPath.slice(0, -4);
    const shp = entries.get(shpPath) as Uint8Array;
    const prj = partOf(entries, stem, 'prj');
    const prjText = prj ? new TextDecoder().decode(prj[1]) : undefined;
    if (prj && prjText !== undefined) {
      if (!readablePrj(prjText)) {
        return { ok: false, problem: fileProblem(file, 'shp-prj-unknown', { prj: quoteValue(baseName(prj[0])), system: quoteValue(prjSystemName(prjText)) }) };
      }
      if (!/^\s*GEOGCS\s*\[\s*"(?:GCS_WGS_1984|WGS 84|WGS84)"/i.test(prjText)) {
        warnings.push(fileProblem(file, 'shp-reprojected', { system: quoteValue(prjSystemName(prjText)), prj: quoteValue(baseName(prj[0])) }));
      }
    } else {
      warnings.push(fileProblem(file, 'shp-no-prj', { shp: quoteValue(baseName(shpPath)) }));
    }
    const dbf = partOf(entries, stem, 'dbf');
    const cpg = partOf(entries, stem, 'cpg');
    try {
      const geometries = parseShp(shp, prjText);
      const rows = dbf ? parseDbf(dbf[1], dbfEncoding(dbf[1], cpg ? new TextDecoder().decode(cpg[1]) : undefined)) : [];
      geometries.forEach((geometry, i) => features.push({ type: 'Feature', geometry: geometry as Feature['geometry'], properties: rows[i] ?? {} }));
    } catch (error) {
      return { ok: false, problem: fileProblem(file, 'shp-unreadable', { shp: quoteValue(baseName(shpPath)), detail: error instanceof Error ? error.message : String(error) }) };
    }
  }
  return { ok: true, kind: 'shapefile', collection: { type: 'FeatureCollection', features }, warnings };
}
