// The README's "Publishing your own layers" example, built as written: its sidecar and CSV are read
// from the README, put into a temporary layers folder and given to the data build's layer step.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPublishedLayers } from '../../data/build/published-layers.ts';
import type { PublishedLayer } from '../../src/data/published-layers.ts';
import type { DivisionList } from '../../src/import/divisions.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Publishing your own layers'), readme.indexOf('## Optional tile basemap'));
const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';
const divisions = JSON.parse(readFileSync(new URL('../../public/data/divisions.json', import.meta.url), 'utf8')) as DivisionList;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("README's published layer example", () => {
  it('builds: two rows placed on their county seats, with the title, colour and source of the sidecar', async () => {
    const layersDir = mkdtempSync(join(tmpdir(), 'readme-layers-'));
    const outDir = mkdtempSync(join(tmpdir(), 'readme-out-'));
    dirs.push(layersDir, outDir);
    writeFileSync(join(layersDir, 'example.layer.json'), block('json'));
    writeFileSync(join(layersDir, 'example.csv'), block('csv'));
    const built = await buildPublishedLayers({ layersDir, outDir, divisions, today: '2026-12-04' });
    expect(built?.layers).toEqual([{ id: 'example', title: { zh: '示例图层', en: 'Example layer' }, source: { name: 'Your organisation', url: 'https://example.org/your-data', checked: '2026-11-30' } }]);
    const [layer] = (JSON.parse(readFileSync(join(outDir, 'layers.json'), 'utf8')) as { layers: PublishedLayer[] }).layers;
    expect(layer?.colour).toBe('#1b7837');
    expect(layer?.features.map((f) => [f.properties['名称'], f.precision])).toEqual([
      ['示例点一 (placeholder)', 'city'],
      ['示例点二 (placeholder)', 'city'],
    ]);
  });

  it('fails as the README says for the wrong colour it shows', async () => {
    const layersDir = mkdtempSync(join(tmpdir(), 'readme-layers-'));
    dirs.push(layersDir);
    writeFileSync(join(layersDir, 'example.layer.json'), block('json').replace('#1b7837', 'green'));
    writeFileSync(join(layersDir, 'example.csv'), block('csv'));
    await expect(buildPublishedLayers({ layersDir, outDir: layersDir, divisions, today: '2026-12-04' })).rejects.toThrow(
      'example.layer.json: "style.colour" must be a colour written #rrggbb (found "green")',
    );
  });
});
