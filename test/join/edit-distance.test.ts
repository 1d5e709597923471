import { expect, it } from 'vitest';
import { editDistance } from '../../src/join/edit-distance.ts';

it('counts insertions, deletions and substitutions, a Chinese character as one', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('渝北去', '渝北区')).toBe(1);
  expect(editDistance('江津区', '江津区')).toBe(0);
  expect(editDistance('沙坪区', '沙坪坝区')).toBe(1);
});
