import { describe, expect, it } from 'vitest';
import { acceptedHeight, heightMessage, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from '../../src/embed/message-guard';
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
