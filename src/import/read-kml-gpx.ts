// Reads KML (Google Earth, 奥维/Ovi maps, LocaSpace…) and GPX (tracks and waypoints from GPS units
// and phone apps) into a GeoJSON FeatureCollection with @tmcw/togeojson, the converter of the
// field. The import worker has no DOMParser, so the XML is parsed by @xmldom/xmldom. Loaded with
// import() the first time such a file is read.
import { DOMParser } from '@xmldom/xmldom';
import { gpx, kml } from '@tmcw/togeojson';
import type { FeatureCollection, Geometry } from 'geojson';

export type XmlGeoKind = 'kml' | 'gpx';

export type XmlGeoOutcome =
  | { ok: true; kind: XmlGeoKind; collection: FeatureCollection<Geometry | null> }
  /** not well-formed XML: the parser's own message (with its line and column) */
  | { ok: false; reason: 'invalid'; detail: string; line?: number; column?: number }
  /** well-formed, but not KML or GPX: the name of its root element */
  | { ok: false; reason: 'not-geo'; root: string };

interface ParserContext {
  locator?: { lineNumber?: number; columnNumber?: number };
}

/** The parser's first line, kept short for the report. */
function shortDetail(message: string): string {
  const line = message.split('\n').find((part) => part.trim() !== '') ?? message;
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

class XmlError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
  }
}

/**
 * togeojson gives an HTML description as `{"@type": "html", value}`; the value is kept, as text (the
 * app never renders a planner's data as markup), so it reads like any other property.
 */
function withPlainDescriptions(collection: FeatureCollection<Geometry | null>): FeatureCollection<Geometry | null> {
  for (const feature of collection.features) {
    const properties = feature.properties;
    if (!properties) continue;
    for (const [key, value] of Object.entries(properties)) {
      if (typeof value === 'object' && value !== null && (value as Record<string, unknown>)['@type'] === 'html') {
        properties[key] = String((value as Record<string, unknown>)['value'] ?? '');
      }
    }
  }
  return collection;
}

export function readKmlOrGpx(text: string): XmlGeoOutcome {
  let document;
  let first: XmlError | undefined;
  try {
    const parser = new DOMParser({
      // Errors stop the parse (a KML with a broken tag would otherwise lose placemarks silently);
      // warnings (an unknown entity, say) do not.
      onError: (level, message, context: ParserContext | undefined) => {
        if (level === 'warning') return;
        first ??= new XmlError(message, context?.locator?.lineNumber, context?.locator?.columnNumber);
        throw first;
      },
    });
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    // xmldom wraps what onError threw in a ParseError of its own wording; the first report is clearer.
    const cause = first;
    if (cause) {
      return { ok: false, reason: 'invalid', detail: shortDetail(cause.message), ...(cause.line === undefined ? {} : { line: cause.line }), ...(cause.column === undefined ? {} : { column: cause.column }) };
    }
    return { ok: false, reason: 'invalid', detail: shortDetail(error instanceof Error ? error.message : String(error)) };
  }
  const root = document.documentElement;
  const rootName = (root?.localName ?? root?.nodeName ?? '').toLowerCase();
  if (rootName === 'kml') return { ok: true, kind: 'kml', collection: withPlainDescriptions(kml(document)) };
  if (rootName === 'gpx') return { ok: true, kind: 'gpx', collection: withPlainDescriptions(gpx(document)) };
  return { ok: false, reason: 'not-geo', root: root?.nodeName ?? '' };
}
