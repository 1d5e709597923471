// How much of the numbered key the map page lists. A PDF lists what the legend holds and continues the
// rest on pages of its own (key-pages.ts), the map placed again until the key holds still; one image
// (SVG, PNG) is exactly its preset's page, so its map keeps the frame it has with no key, the key lists
// what the legend's room beside or below it holds, and a closing line counts the projects shown without
// a number. Either way the key's rows may not squeeze the map.
import type { ExportInput } from './export-input.ts';
import type { KeyEntry } from './export-labels.ts';
import { mapShare, MIN_MAP_SHARE, sameBox, subjectScale, type Box, type PageLayout } from './layout.ts';
import { keyRows, type KeyNotes, type LegendRow } from './legend.ts';
import { mapBody, mapIn, type MapBody } from './map-body.ts';
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

/** Plans the legend for a key; given a page to keep, its map frame and legend type are kept where the rows fit beside it. */
export type Plan = (key: readonly KeyEntry[], notes?: KeyNotes, keep?: PageLayout) => Planned;

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

/**
 * One image (SVG, PNG) is exactly its preset's page. Its map keeps the frame it has with no key (the
 * legend and the line closing it), and the key lists as many numbers as the legend's room beside or
 * below that frame holds: the numbers are placed on that very frame, so the rows planned for them are
 * the rows drawn. Which projects get a number goes by label priority; the projects past it keep their
 * symbol, and the closing line says how many there are and that the PDF (whose key continues on pages
 * of its own) or a filter lists them all.
 */
export function keyOnImage(input: ExportInput, plan: Plan, legendOnly: Planned): DrawnPage {
  const bare = noKey(input, plan, legendOnly.layout);
  const frame = bare.layout;
  const aspect = mercatorAspect(input.bounds);
  const drawIn = mapIn(input, frame.map, frame.unit, frame.labelSize);
  const tried = new Map<number, DrawnPage | null>();
  // the page with at most `maxKey` numbers placed on the frame, or null where their rows do not fit beside it
  const withKey = (maxKey: number): DrawnPage | null => {
    if (!tried.has(maxKey)) {
      const body = drawIn(maxKey);
      const page = plan(body.key, { unnumbered: body.unlisted }, frame);
      const keeps = sameBox(page.layout.map, frame.map) && keyKeepsMap(page.layout, frame, aspect);
      tried.set(maxKey, keeps ? { ...page, body, shownKey: body.key, rest: [] } : null);
    }
    return tried.get(maxKey)!;
  };
  // the most numbers that fit (more numbers, more rows): doubled from one while they fit, as a page
  // rarely holds many, then the range between halved; a key shorter than allowed numbers every project
  let [low, high] = [0, MAX_KEY];
  for (let count = 1; count <= MAX_KEY; count *= 2) {
    const page = withKey(count);
    if (!page) {
      high = count - 1;
      break;
    }
    if (page.shownKey.length < count) return page;
    low = count;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (withKey(mid)) low = mid;
    else high = mid - 1;
  }
  return (low > 0 && withKey(low)) || bare;
}

/**
 * The page without a key: the legend's own rows and the line counting the projects without a name. Should
 * that line not fit beside the legend's map, the map is placed again and held there while the projects
 * are counted on it.
 */
function noKey(input: ExportInput, plan: Plan, legendOnly: PageLayout): DrawnPage {
  let layout = legendOnly;
  let keep: PageLayout | undefined;
  for (let round = 0; ; round++) {
    const body = mapIn(input, layout.map, layout.unit, layout.labelSize)(0);
    const page = plan([], { unnumbered: body.unlisted }, keep);
    if (sameBox(page.layout.map, layout.map)) return { ...page, body, shownKey: [], rest: [] };
    // (a legend that will not hold still: the map is drawn in the frame the page gives it)
    if (round === 2) return { ...page, body: mapIn(input, page.layout.map, page.layout.unit, page.layout.labelSize)(0), shownKey: [], rest: [] };
    layout = keep = page.layout;
  }
}
