import { expect, it } from 'vitest';
import { classLabels, valueLabel } from '../../src/style/class-labels.ts';

it('labels classes with grouped numbers and the unit, in both languages', () => {
  expect(classLabels([0, 1000, 2500, 10000], 'zh', '亿元')).toEqual(['0 – 1,000 亿元', '1,000 – 2,500 亿元', '2,500 – 10,000 亿元']);
  expect(classLabels([0, 1000, 2500, 10000], 'en')).toEqual(['0 – 1,000', '1,000 – 2,500', '2,500 – 10,000']);
});

it('shows enough decimals to tell close edges apart', () => {
  expect(classLabels([0.1, 0.25, 0.4], 'en', '%')).toEqual(['0.1 – 0.25 %', '0.25 – 0.4 %']);
  expect(classLabels([1, 3.25, 5.5], 'en')).toEqual(['1 – 3.3', '3.3 – 5.5']);
});

it('labels one value for the details and the hover', () => {
  expect(valueLabel(1234567, 'en', 'people')).toBe('1,234,567 people');
  expect(valueLabel(12.3456, 'zh', '%')).toBe('12.346 %');
  expect(valueLabel(2345.67, 'zh')).toBe('2,345.7');
});
