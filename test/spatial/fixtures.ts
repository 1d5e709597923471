// Reads the JSON fixtures of test/fixtures/spatial.
import { readFileSync } from 'node:fs';

export function readSpatialFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/spatial/${name}`, import.meta.url), 'utf8')) as T;
}
