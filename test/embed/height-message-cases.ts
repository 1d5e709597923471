// Messages a host page may receive, shared by the unit test of acceptedHeight and the browser test
// of public/embed.js, so the two validators are held to the same cases. Plain data only: the browser
// test sends each through postMessage (structured clone).
export interface HeightMessageCase {
  label: string;
  data: unknown;
  /** the height the iframe should get, or null when the message must be ignored */
  expected: number | null;
}

export const HEIGHT_MESSAGE_CASES: HeightMessageCase[] = [
  { label: 'a valid message', data: { type: 'chengyu-embed:height', height: 640 }, expected: 640 },
  { label: 'a fractional height', data: { type: 'chengyu-embed:height', height: 480.4 }, expected: 481 },
  { label: 'the lowest height', data: { type: 'chengyu-embed:height', height: 150 }, expected: 150 },
  { label: 'the highest height', data: { type: 'chengyu-embed:height', height: 4000 }, expected: 4000 },
  { label: 'too low', data: { type: 'chengyu-embed:height', height: 149 }, expected: null },
  { label: 'too high', data: { type: 'chengyu-embed:height', height: 4001 }, expected: null },
  { label: 'negative', data: { type: 'chengyu-embed:height', height: -500 }, expected: null },
  { label: 'infinite', data: { type: 'chengyu-embed:height', height: Infinity }, expected: null },
  { label: 'NaN', data: { type: 'chengyu-embed:height', height: NaN }, expected: null },
  { label: 'height as text', data: { type: 'chengyu-embed:height', height: '640' }, expected: null },
  { label: 'height with units', data: { type: 'chengyu-embed:height', height: '640px' }, expected: null },
  { label: 'another type', data: { type: 'resize', height: 640 }, expected: null },
  { label: 'a type with different case', data: { type: 'Chengyu-Embed:Height', height: 640 }, expected: null },
  { label: 'an extra key', data: { type: 'chengyu-embed:height', height: 640, width: 300 }, expected: null },
  { label: 'an extra script-like key', data: { type: 'chengyu-embed:height', height: 640, html: '<img onerror=x>' }, expected: null },
  { label: 'no height', data: { type: 'chengyu-embed:height' }, expected: null },
  { label: 'no type', data: { height: 640 }, expected: null },
  { label: 'a plain number', data: 640, expected: null },
  { label: 'a JSON string', data: '{"type":"chengyu-embed:height","height":640}', expected: null },
  { label: 'null', data: null, expected: null },
  { label: 'an array', data: ['chengyu-embed:height', 640], expected: null },
  { label: 'a nested height object', data: { type: 'chengyu-embed:height', height: { valueOf: 640 } }, expected: null },
];
