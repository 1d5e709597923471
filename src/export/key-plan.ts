// How much of the numbered key the map page lists. A PDF lists what the legend holds and continues the
// rest on pages of its own (key-pages.ts); one image (SVG, PNG) is exactly its preset's page, so it lists
// what the legend holds and counts the projects shown without a number. Either way the key's rows may
// not squeeze the map, and the map is placed again until the key holds still.
import type { ExportInput } from './export-input.ts';
import type { KeyEntry } from './export-labels.ts';
import { mapShare, MIN_MAP_SHARE, subjectScale, type Box, type PageLayout } from './layout.ts';
import { keyRows, type KeyNotes, type LegendRow } from './legend.ts';
import { mapBody, type MapBody } from './map-body.ts';
import { mercatorAspect } from './map-projection.ts';

/** With the numbered key's rows beside it, the map page still draws the subject at least this share of its size without them (the rest of the key continues after it). */
const KEY_KEEPS_SCALE = 0.97;
/** The most projects the numbered key lists on one page. */
const MAX_KEY = 40;

/** The same numbers beside the same projects, each standing for the same neighbours. */
function sameKey(a: readonly KeyEntry[], b: readonly KeyEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.id === b[i]!.id && entry.members.join(' ') === b[i]!.members.join(' '));
}

/** A legend planned for a key: the page's layout and the legend's rows. */
export interface Planned {
  layout: PageLayout;
  rows: LegendRow[];
}

export type Plan = (key: readonly KeyEntry[], notes?: KeyNotes) => Planned;

/** What the map page draws: its layout and legend rows, the map's contents, the key's rows on it and the numbers continued after it. */
export interface DrawnPage extends Planned {
  body: MapBody;
  shownKey: KeyEntry[];
  rest: KeyEntry[];
}

/**
 * The key's rows on the map page may not cost the map its share of the page, nor draw the subject
 * (of this aspect) much smaller than the legend alone does: the map comes first.
 */
function keyKeepsMap(layout: PageLayout, legendOnly: PageLayout, aspect: number): boolean {
  return mapShare(layout) >= MIN_MAP_SHARE && subjectScale(layout.map, aspect) >= subjectScale(legendOnly.map, aspect) * KEY_KEEPS_SCALE;
}

/**
 * A PDF (and a social card, which has no key): every project without a name is numbered; the key is
 * cut to what the legend can hold without squeezing the map, the map placed again until the key holds
 * still, and the numbers past it listed on the pages that continue the key.
 */
export function keyContinued(input: ExportInput, plan: Plan, legendOnly: Planned, firstBody: MapBody, keyLimit: number): DrawnPage {
  let page = legendOnly;
  let body = firstBody;
  let maxKey = Math.min(body.key.length, MAX_KEY);
  const keyFits = (layout: PageLayout) => keyKeepsMap(layout, legendOnly.layout, mercatorAspect(input.bounds));
  // (tried with the note naming the numbers that follow, as the page will print it: a longer note may not fit where a short one does)
  while (maxKey > 0 && !keyFits(plan(body.key.slice(0, maxKey), { continued: body.key.length - maxKey }).layout)) maxKey = Math.floor(maxKey / 2);
  let planned: KeyEntry[] = [];
  let plannedContinued = 0;
  // numbers past the map page's key, on the pages that continue it
  const pastKey = (b: MapBody) => b.key.length - Math.min(maxKey, b.key.length);
  for (let round = 0; round < 3 && (round === 0 || !sameKey(body.key.slice(0, maxKey), planned) || pastKey(body) !== plannedContinued); round++) {
    planned = body.key.slice(0, maxKey);
    plannedContinued = pastKey(body);
    page = plan(planned, { continued: plannedContinued });
    body = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, keyLimit);
  }
  const rest = body.key.slice(maxKey);
  const shownKey = body.key.slice(0, maxKey);
  // should the last round still differ, the legend lists the numbers the map shows
  const settled = sameKey(shownKey, planned) && rest.length === plannedContinued;
  const rows = settled ? page.rows : [...page.rows.filter((r) => r.number === undefined && !r.heading && r.continued === undefined), ...keyRows(shownKey, page.layout, input.lang, page.layout.legendColumnWidth, { continued: rest.length })];
  return { layout: page.layout, rows, body, shownKey, rest };
}

const sameBox = (a: Box, b: Box): boolean => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.width - b.width) < 0.01 && Math.abs(a.height - b.height) < 0.01;

/**
 * One image (SVG, PNG) is exactly its preset's page. The key lists as many numbers as the legend holds
 * without squeezing the map, given in the order the map gives names (highest label priority first);
 * the projects past it keep their symbol, and a line closing the key says how many there are and that
 * the PDF (whose key continues on pages of its own) or a filter lists them all. A key is kept only once
 * the map it was planned for is the map its numbers were placed on, so every number has its row.
 */
export function keyOnImage(input: ExportInput, plan: Plan, legendOnly: Planned, firstBody: MapBody): DrawnPage {
  const unnamed = (b: MapBody) => b.key.reduce((n, entry) => n + entry.members.length, 0) + b.unlisted;
  const total = unnamed(firstBody);
  // the projects the first k numbers of the unlimited key stand for, and the rest shown without a number
  const estimate = (k: number): KeyNotes => ({ unnumbered: total - firstBody.key.slice(0, k).reduce((n, entry) => n + entry.members.length, 0) });
  const fits = (k: number) => keyKeepsMap(plan(firstBody.key.slice(0, k), estimate(k)).layout, legendOnly.layout, mercatorAspect(input.bounds));
  // the most numbers that fit: the key's room shrinks as it grows, so halve the range
  let [low, high] = [0, Math.min(firstBody.key.length, MAX_KEY)];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  for (let maxKey = low; ; maxKey = Math.floor(maxKey * 0.75)) {
    let page = plan(firstBody.key.slice(0, maxKey), estimate(maxKey));
    for (let round = 0; round < 3; round++) {
      const body = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, maxKey);
      const notes = { unnumbered: body.unlisted };
      const next = plan(body.key, notes);
      // the numbers were placed on this map and the legend that lists them leaves it as it is
      if (sameBox(next.layout.map, page.layout.map) && (maxKey === 0 || keyKeepsMap(next.layout, legendOnly.layout, mercatorAspect(input.bounds)))) return { ...next, body, shownKey: body.key, rest: [] };
      page = next;
    }
    if (maxKey === 0) {
      // no key at all: the legend's own rows and the count of the projects without a name
      const body = mapBody(input, legendOnly.layout.map, legendOnly.layout.unit, legendOnly.layout.labelSize, 0);
      const page = plan([], { unnumbered: body.unlisted });
      if (sameBox(page.layout.map, legendOnly.layout.map)) return { ...page, body, shownKey: [], rest: [] };
      const again = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, 0);
      return { ...plan([], { unnumbered: again.unlisted }), body: again, shownKey: [], rest: [] };
    }
  }
}
