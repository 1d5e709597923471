import { describe, expect, it } from 'vitest';
import { basemapFromEnv, tileOrigins } from '../../scripts/basemap-setting.mjs';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../scripts/csp.mjs';

const TIANDITU =
  'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY';

describe('the tile basemap setting', () => {
  it('is off when VITE_BASEMAP_URL is not set, and the policy then allows images from the app alone', () => {
    expect(basemapFromEnv({})).toBeNull();
    expect(basemapFromEnv({ VITE_BASEMAP_URL: '  ', VITE_BASEMAP_ATTRIBUTION: 'x' })).toBeNull();
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:;");
    expect(contentSecurityPolicy(null)).toBe(CONTENT_SECURITY_POLICY);
  });

  it("takes 天地图 with the deployer's key: one origin per subdomain in img-src, nothing else changes", () => {
    const setting = basemapFromEnv({ VITE_BASEMAP_URL: TIANDITU, VITE_BASEMAP_ATTRIBUTION: '天地图 · 国家地理信息公共服务平台', VITE_BASEMAP_SUBDOMAINS: '01234567' });
    expect(setting).toEqual({ url: TIANDITU, attribution: '天地图 · 国家地理信息公共服务平台', subdomains: '01234567' });
    expect(tileOrigins(setting)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`));
    const policy = contentSecurityPolicy(setting);
    expect(policy).toContain("img-src 'self' data: blob: https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn");
    expect(policy).toContain('https://t7.tianditu.gov.cn;');
    expect(policy.replace(/ https:\/\/t\d\.tianditu\.gov\.cn/g, '')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('needs no change to the policy for a tile folder served beside the app', () => {
    const setting = basemapFromEnv({ VITE_BASEMAP_URL: 'tiles/{z}/{x}/{y}.png', VITE_BASEMAP_ATTRIBUTION: '© OpenStreetMap contributors' });
    expect(tileOrigins(setting)).toEqual([]);
    expect(contentSecurityPolicy(setting)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('stops the build with a message naming the variable that is wrong', () => {
    const attribution = { VITE_BASEMAP_ATTRIBUTION: 'Tiles' };
    expect(() => basemapFromEnv({ VITE_BASEMAP_URL: 'https://tiles.example.org/{z}/{x}.png', ...attribution })).toThrow('VITE_BASEMAP_URL: the tile URL template "https://tiles.example.org/{z}/{x}.png" has no {y}');
    expect(() => basemapFromEnv({ VITE_BASEMAP_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/^VITE_BASEMAP_ATTRIBUTION: the tiles' attribution is missing/);
    expect(() => basemapFromEnv({ VITE_BASEMAP_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', ...attribution })).toThrow(/^VITE_BASEMAP_SUBDOMAINS: the tile URL template has \{s\}/);
    expect(() => basemapFromEnv({ VITE_BASEMAP_URL: 'javascript:alert(1)//{z}{x}{y}', ...attribution })).toThrow(/^VITE_BASEMAP_URL: .* is neither an http\(s\) address nor a path beside the app/);
    expect(() => basemapFromEnv({ VITE_BASEMAP_URL: '//tiles.example.org/{z}/{x}/{y}.png', ...attribution })).toThrow(/needs its scheme/);
    expect(() => basemapFromEnv({ VITE_BASEMAP_URL: 'https://{s}.t.example.org/{z}/{x}/{y}.png', VITE_BASEMAP_SUBDOMAINS: 'a,b', ...attribution })).toThrow(/^VITE_BASEMAP_SUBDOMAINS: subdomains are letters or digits/);
  });
});
