export interface BasemapSetting {
  /** Leaflet tile URL template with {z}, {x}, {y} (and {s} with subdomains): an http(s) address or a path beside the app */
  url: string;
  /** shown after the map's own attribution, as text */
  attribution: string;
  /** one letter or digit per subdomain ('' without {s}) */
  subdomains: string;
}
export declare const BASEMAP_ENV: { url: string; attribution: string; subdomains: string };
export declare function checkBasemap(value: { url?: unknown; attribution?: unknown; subdomains?: unknown }, where: { url: string; attribution: string; subdomains: string }): BasemapSetting;
export declare function basemapFromEnv(env: Record<string, string | undefined>): BasemapSetting | null;
export declare function tileOrigins(setting: Pick<BasemapSetting, 'url' | 'subdomains'> | null): string[];
