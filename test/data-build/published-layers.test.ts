// The data build's published layers, built from fixture folders copied into a temporary folder, so
// the tests never touch data/layers/ of the repository.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPublishedLayers, PublishedLayerError } from '../../data/build/published-layers.ts';
import type { PublishedLayer } from '../../src/data/published-layers.ts';
import type { DivisionList } from '../../src/import/divisions.ts';

const FIXTURES = new URL('../fixtures/layers/published/', import.meta.url);
const divisions = JSON.parse(readFileSync(new URL('../../public/data/divisions.json', import.meta.url), 'utf8')) as DivisionList;
const TODAY = '2026-12-04';

let layersDir = '';
let outDir = '';
beforeEach(() => {
  layersDir = mkdtempSync(join(tmpdir(), 'layers-in-'));
  outDir = mkdtempSync(join(tmpdir(), 'layers-out-'));
});
afterEach(() => {
  rmSync(layersDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const build = () => buildPublishedLayers({ layersDir, outDir, divisions, today: TODAY });
const written = () => (JSON.parse(readFileSync(join(outDir, 'layers.json'), 'utf8')) as { layers: PublishedLayer[] }).layers;
const sidecar = (extra: Record<string, unknown> = {}) => JSON.stringify({
  title: { zh: '测试', en: 'Test' },
  style: { colour: '#1b7837' },
  source: { name: 'Test fixture', url: 'https://example.org/t', checked: '2026-11-30' },
  precision: 'exact',
  name: '名称',
  ...extra,
});

/** The problems the build stops with. */
async function refusal(): Promise<string[]> {
  const error: unknown = await build().then(() => undefined, (e: unknown) => e);
  if (!(error instanceof PublishedLayerError)) throw new Error(`expected a PublishedLayerError, got ${String(error)}`);
  expect(existsSync(join(outDir, 'layers.json'))).toBe(false);
  return error.problems;
}

describe('published layers in the data build', () => {
  it('writes nothing when the folder is missing or holds no layer', async () => {
    expect(await buildPublishedLayers({ layersDir: join(layersDir, 'absent'), outDir, divisions, today: TODAY })).toBeNull();
    writeFileSync(join(layersDir, 'README.md'), 'notes');
    expect(await build()).toBeNull();
    expect(existsSync(join(outDir, 'layers.json'))).toBe(false);
  });

  it('builds a GeoJSON and a CSV layer with their titles, style, source, name column and precision', async () => {
    cpSync(FIXTURES, layersDir, { recursive: true });
    const built = await build();
    expect(built?.layers).toEqual([
      { id: 'test-offices', title: { zh: '测试图层：按区县放置', en: 'Test layer: placed by county' }, source: { name: '测试数据（非真实）', url: 'https://example.org/test-fixture-2', checked: '2026-11-29' } },
      { id: 'test-sites', title: { zh: '测试图层：站点', en: 'Test layer: sites' }, source: { name: 'Test fixture (not real data)', url: 'https://example.org/test-fixture', checked: '2026-11-30' } },
    ]);
    const [offices, sites] = written();
    expect(sites).toMatchObject({ id: 'test-sites', colour: '#1b7837', symbol: 'circle', precision: 'exact', nameColumn: '站点' });
    expect(sites?.features.map((f) => [f.properties['站点'], f.geometry, f.precision])).toEqual([
      ['测试站点甲 Test site A', { type: 'Point', coordinates: [104.0657, 30.6598] }, 'exact'],
      ['测试站点乙 Test site B', { type: 'Point', coordinates: [106.5516, 29.563] }, 'exact'],
    ]);
    // rows with a county and no coordinates stand on that county's seat: precision "city" (a seat), not the sidecar's "exact"
    expect(offices?.features.map((f) => [f.properties['名称'], f.precision])).toEqual([
      ['测试点丙 Test point C', 'city'],
      ['测试点丁 Test point D', 'city'],
    ]);
    expect(built?.size.bytes).toBe(readFileSync(join(outDir, 'layers.json')).byteLength);
  });

  it('reads the sheet the sidecar names from an XLSX, placing rows by county name', async () => {
    cpSync(new URL('../fixtures/import/projects-title-row.xlsx', import.meta.url), join(layersDir, 'counties.xlsx'));
    writeFileSync(join(layersDir, 'counties.layer.json'), sidecar({ sheet: '分区县', name: '区县' }));
    await build();
    const [layer] = written();
    // 成都市高新区 is a zone, not a division: it stands on 成都市's seat, so its position is approximate
    expect(layer?.features.map((f) => [f.properties['区县'], f.precision])).toEqual([
      ['武侯区', 'city'],
      ['武隆县', 'city'],
      ['渝北', 'city'],
      ['成都市高新区', 'approximate'],
    ]);
  });

  it('stops on a bad row with the file, row and field, and writes nothing', async () => {
    writeFileSync(join(layersDir, 'sites.layer.json'), sidecar());
    writeFileSync(join(layersDir, 'sites.csv'), '名称,经度,纬度\n甲,104.06,30.66\n乙,abc,30.1\n');
    expect(await refusal()).toEqual(['sites.csv: row 3: "经度" is not a number ("abc")']);
  });

  it('stops on a row whose place matches no division, naming the row', async () => {
    writeFileSync(join(layersDir, 'offices.layer.json'), sidecar());
    writeFileSync(join(layersDir, 'offices.csv'), '名称,区县\n甲,武侯区\n乙,不存在县\n');
    const [problem, ...rest] = await refusal();
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^offices\.csv: row 3: the place "不存在县" matches no city or county; nearest: .+ \(column "区县"\)$/);
  });

  it('stops when the name column is not in the file, listing its columns', async () => {
    writeFileSync(join(layersDir, 'sites.layer.json'), sidecar({ name: '站名' }));
    writeFileSync(join(layersDir, 'sites.csv'), '名称,经度,纬度\n甲,104.06,30.66\n');
    expect(await refusal()).toEqual(['sites.layer.json: "name" names the column "站名", which is not in sites.csv (its columns: 名称, 经度, 纬度)']);
  });

  it('stops on a sidecar that is not JSON, one without its data file and a data file without a sidecar, all at once', async () => {
    writeFileSync(join(layersDir, 'broken.layer.json'), '{"title": ');
    writeFileSync(join(layersDir, 'lonely.layer.json'), sidecar());
    writeFileSync(join(layersDir, 'orphan.geojson'), '{"type":"FeatureCollection","features":[]}');
    const problems = await refusal();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^broken\.layer\.json: is not valid JSON \(/);
    expect(problems[1]).toBe('lonely.layer.json: its data file lonely.geojson or lonely.json or lonely.csv or lonely.xlsx is not in the layers folder');
    expect(problems[2]).toBe('orphan.geojson: has no sidecar (write orphan.layer.json with its title, style, source, precision and name column)');
  });

  it('passes on the sidecar problems with the file and field', async () => {
    writeFileSync(join(layersDir, 'sites.layer.json'), sidecar({ precision: 'roughly' }));
    writeFileSync(join(layersDir, 'sites.csv'), '名称,经度,纬度\n甲,104.06,30.66\n');
    expect(await refusal()).toEqual(['sites.layer.json: "precision" must be one of exact, city, approximate (found "roughly")']);
  });
});
