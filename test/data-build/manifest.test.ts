import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildManifest, planningAreaBBox, sizeOf } from '../../data/build/manifest.ts';
import { basemapFromEnv } from '../../scripts/basemap-setting.mjs';

describe('manifest', () => {
  it('says in both languages that the boundaries are illustrative and names the sources', () => {
    const { attribution } = buildManifest({}, new Date('2024-05-06T12:00:00Z'));
    expect(attribution.zh).toContain('边界仅为示意，非官方地图');
    expect(attribution.zh).toContain('高德');
    expect(attribution.zh).toContain('Natural Earth');
    expect(attribution.en).toContain('not an official map');
    expect(attribution.en).toContain('AMap');
    expect(attribution.en).toContain('ECharts');
    expect(attribution.en).toContain('Natural Earth');
  });

  it("carries the deployer's tile basemap only when VITE_BASEMAP_URL is set at build time", () => {
    const date = new Date('2024-05-06T12:00:00Z');
    expect('basemap' in buildManifest({}, date, null, undefined, basemapFromEnv({}))).toBe(false);
    const env = { VITE_BASEMAP_URL: 'tiles/{z}/{x}/{y}.png', VITE_BASEMAP_ATTRIBUTION: 'Our own tiles' };
    expect(buildManifest({}, date, null, undefined, basemapFromEnv(env)).basemap).toEqual({ url: 'tiles/{z}/{x}/{y}.png', attribution: 'Our own tiles', subdomains: '' });
  });

  it('records the build date and each file size', () => {
    const manifest = buildManifest({ 'a.json': { bytes: 10, gzip_bytes: 30 } }, new Date('2024-05-06T12:00:00Z'));
    expect(manifest.generated).toBe('2024-05-06');
    expect(manifest.files['a.json']).toEqual({ bytes: 10, gzip_bytes: 30 });
  });

  it('measures bytes as UTF-8 and gzip size of a real gzip stream', () => {
    const size = sizeOf('成都'); // two 3-byte characters
    expect(size.bytes).toBe(6);
    expect(size.gzip_bytes).toBeGreaterThan(6); // gzip header alone is 18 bytes
    expect(gunzipSync(gzipSync('成都')).toString()).toBe('成都');
  });

  it("records the planning area's box as what the default view frames", () => {
    const features = [
      { properties: { subtype: 'airport' }, geometry: { type: 'Point', coordinates: [120, 40] } },
      {
        properties: { subtype: 'planning_area' },
        geometry: { type: 'MultiPolygon', coordinates: [[[[104, 30], [105.123456, 30], [105, 31], [104, 30]]], [[[101.95, 27.5], [102, 27.5], [102, 28], [101.95, 27.5]]]] },
      },
    ];
    expect(planningAreaBBox(features)).toEqual([101.95, 27.5, 105.12346, 31]);
    expect(buildManifest({}, new Date(), null, [1, 2, 3, 4]).frame).toEqual({ subject: [1, 2, 3, 4] });
    expect(planningAreaBBox(features.slice(0, 1))).toBeUndefined();
  });
});
