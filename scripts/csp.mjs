// The strict policy every page of the app must run under (issue: news embed). Sent as HTTP headers
// because frame-ancestors is ignored in a <meta> tag. Nothing may come from another origin, except the
// tiles of an optional tile basemap when the deployer switches one on (scripts/basemap-setting.mjs):
// then img-src names the tiles' origins, and nothing else changes.
import { tileOrigins } from './basemap-setting.mjs';

/** @param {{ url: string, subdomains: string } | null} [basemap] */
export function contentSecurityPolicy(basemap = null) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data: blob:", ...tileOrigins(basemap)].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/** The policy without a tile basemap (the default). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
