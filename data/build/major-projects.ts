// The major-projects part of `npm run data`: validates data/facts/major-projects.csv (every problem
// at once, `file:line field: reason`) and writes public/data/major-projects.json for the charts tab.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseMajorProjects } from '../../src/data/major-projects.ts';
import type { FileSize } from './manifest.ts';

export const MAJOR_PROJECTS_FILE = 'major-projects.json';

export function buildMajorProjects(factsDir: string, outDir: string): FileSize {
  const { rows, problems } = parseMajorProjects(readFileSync(join(factsDir, 'major-projects.csv'), 'utf8'));
  if (problems.length > 0) throw new Error(`${problems.length} problem(s) in the major-projects totals:\n${problems.join('\n')}`);
  const text = JSON.stringify({ years: rows });
  writeFileSync(join(outDir, MAJOR_PROJECTS_FILE), text);
  return { bytes: Buffer.byteLength(text), gzip_bytes: gzipSync(text, { level: 9 }).length };
}
