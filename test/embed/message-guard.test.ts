import { describe, expect, it } from 'vitest';
import { acceptedHeight, acceptedStep, heightMessage, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from '../../src/embed/message-guard';
import { HEIGHT_MESSAGE_CASES } from './height-message-cases';

describe('acceptedHeight', () => {
  for (const { label, data, expected } of HEIGHT_MESSAGE_CASES) {
    it(`${label} -> ${expected}`, () => {
      expect(acceptedHeight(data)).toBe(expected);
    });
  }

  it('refuses objects with a prototype other than Object (class instances, arrays)', () => {
    class Message {
      type = 'chengyu-embed:height';
      height = 400;
    }
    expect(acceptedHeight(new Message())).toBeNull();
    expect(acceptedHeight(Object.assign(['x'], { type: 'chengyu-embed:height', height: 400 }))).toBeNull();
  });

  it('accepts what the embed itself sends, rounded up to whole pixels', () => {
    expect(acceptedHeight(heightMessage(412.2))).toBe(413);
    expect(acceptedHeight(heightMessage(MIN_EMBED_HEIGHT))).toBe(MIN_EMBED_HEIGHT);
    expect(acceptedHeight(heightMessage(MAX_EMBED_HEIGHT))).toBe(MAX_EMBED_HEIGHT);
  });
});

describe('acceptedStep', () => {
  const cases: { label: string; data: unknown; expected: number | null }[] = [
    { label: 'the first step', data: { type: 'chengyu-embed:step', step: 1 }, expected: 1 },
    { label: 'the last step', data: { type: 'chengyu-embed:step', step: 3 }, expected: 3 },
    { label: 'step 0', data: { type: 'chengyu-embed:step', step: 0 }, expected: null },
    { label: 'past the last step', data: { type: 'chengyu-embed:step', step: 4 }, expected: null },
    { label: 'a fraction', data: { type: 'chengyu-embed:step', step: 1.5 }, expected: null },
    { label: 'NaN', data: { type: 'chengyu-embed:step', step: NaN }, expected: null },
    { label: 'step as text', data: { type: 'chengyu-embed:step', step: '2' }, expected: null },
    { label: 'an extra key', data: { type: 'chengyu-embed:step', step: 2, query: '?sel=x' }, expected: null },
    { label: 'the height type', data: { type: 'chengyu-embed:height', step: 2 }, expected: null },
    { label: 'no step', data: { type: 'chengyu-embed:step' }, expected: null },
    { label: 'a JSON string', data: '{"type":"chengyu-embed:step","step":2}', expected: null },
    { label: 'an array', data: ['chengyu-embed:step', 2], expected: null },
    { label: 'null', data: null, expected: null },
  ];
  for (const { label, data, expected } of cases) {
    it(`${label} -> ${expected}`, () => {
      expect(acceptedStep(data, 3)).toBe(expected);
    });
  }

  it('refuses a class instance', () => {
    class Message {
      type = 'chengyu-embed:step';
      step = 2;
    }
    expect(acceptedStep(new Message(), 3)).toBeNull();
  });
});
