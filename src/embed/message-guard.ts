// The one message the embed sends to its host page, and the check the host applies before it
// touches the iframe. public/embed.js carries a hand-written ES5 copy of acceptedHeight (the host
// page loads it without a build step); test/browser/embed-host.test.ts runs both on the same cases.
export const HEIGHT_MESSAGE_TYPE = 'chengyu-embed:height';
/** Heights outside this range are refused: a collapsed or runaway frame helps no reader. */
export const MIN_EMBED_HEIGHT = 150;
export const MAX_EMBED_HEIGHT = 4000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/**
 * The height to give the iframe, or null when the data is anything but exactly
 * { type: 'chengyu-embed:height', height: <finite number in range> } (a plain object, no other keys).
 * @internal the reference public/embed.js's copy is tested against; no module of the app calls it
 */
export function acceptedHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('height')) return null;
  const { type, height } = data as { type: unknown; height: unknown };
  if (type !== HEIGHT_MESSAGE_TYPE) return null;
  if (typeof height !== 'number' || !Number.isFinite(height)) return null;
  if (height < MIN_EMBED_HEIGHT || height > MAX_EMBED_HEIGHT) return null;
  return Math.ceil(height);
}

/** The one message a host page sends to the embed: the article's reader reached step `step` (1-based). */
export const STEP_MESSAGE_TYPE = 'chengyu-embed:step';

/**
 * The story step (1-based) the host asks for, or null unless the data is exactly
 * { type: 'chengyu-embed:step', step: <whole number from 1 to stepCount> } (a plain object, no other keys).
 */
export function acceptedStep(data: unknown, stepCount: number): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('step')) return null;
  const { type, step } = data as { type: unknown; step: unknown };
  if (type !== STEP_MESSAGE_TYPE) return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > stepCount) return null;
  return step;
}
