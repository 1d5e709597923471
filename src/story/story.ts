// Map stories: a sequence of steps, each a permalink state (the query of a full-app address: view,
// filters, selection, timeline…) and a short text. The embed carries the whole story in one
// parameter, `story`, as JSON [[query, text], …], so a story is one embed code and each step's
// state is an address of its own. Pure.
import { cleanEmbedText, textLength } from '../state/embed-text';

export interface StoryStep {
  /** "?v=30.6,104.1,8&hide=corridor" (or "" for the default view) */
  readonly query: string;
  readonly text: string;
}

export const MAX_STORY_STEPS = 12;
export const MAX_STEP_TEXT = 280;
const MAX_QUERY = 2000;

/** Parameters a step never carries: they belong to the embed as a whole. */
export const EMBED_ONLY_PARAMS = ['embed', 'title', 'legend', 'theme', 'hed', 'dek', 'note', 'credit', 'play', 'story', 'lang'];

/** The step's query without the embed's own parameters. */
export function stepQuery(search: string): string {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  for (const name of EMBED_ONLY_PARAMS) params.delete(name);
  // Written as the app writes its own addresses: commas and colons stay readable.
  const parts = [...params].map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

export function parseStory(raw: string): StoryStep[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data) || data.length === 0 || data.length > MAX_STORY_STEPS) return undefined;
  const steps: StoryStep[] = [];
  for (const item of data) {
    if (!Array.isArray(item) || item.length !== 2) return undefined;
    const [query, text] = item as unknown[];
    if (typeof query !== 'string' || typeof text !== 'string') return undefined;
    if (query.length > MAX_QUERY || (query !== '' && !query.startsWith('?'))) return undefined;
    const clean = cleanEmbedText(text);
    if (textLength(clean) > MAX_STEP_TEXT) return undefined;
    steps.push({ query: stepQuery(query), text: clean });
  }
  return steps;
}

export function serializeStory(steps: readonly StoryStep[]): string | null {
  return steps.length === 0 ? null : JSON.stringify(steps.map((step) => [step.query, step.text]));
}

/** The step index after a move, kept within the story. */
export function moveStep(index: number, delta: number, count: number): number {
  return Math.min(count - 1, Math.max(0, index + delta));
}
