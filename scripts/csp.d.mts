import type { BasemapSetting } from './basemap-setting.mjs';
export declare const CONTENT_SECURITY_POLICY: string;
export declare function contentSecurityPolicy(basemap?: Pick<BasemapSetting, 'url' | 'subdomains'> | null): string;
