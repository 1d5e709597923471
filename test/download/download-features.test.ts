import { describe, expect, it } from 'vitest';
import { downloadFilename } from '../../src/download/download-features.ts';

describe('downloadFilename', () => {
  it('names the file with the local date and the format', () => {
    expect(downloadFilename('csv', new Date(2025, 2, 7, 23, 30))).toBe('chengyu-projects-2025-03-07.csv');
    expect(downloadFilename('geojson', new Date(2024, 11, 31))).toBe('chengyu-projects-2024-12-31.geojson');
  });
});
