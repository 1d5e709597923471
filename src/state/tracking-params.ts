// Parameters that share buttons, ad networks and messaging apps add to a link. They say nothing
// about the map, so they are ignored without a notice (a link shared from WeChat or Facebook would
// otherwise open under a pile of "unknown parameter" messages). The README lists the same names.

/** Any parameter starting with one of these. */
export const TRACKING_PREFIXES = ['utm_', 'mtm_', 'pk_', 'hmsr', 'hmpl', 'hmcu', 'hmkw', 'hmci'] as const;

/** Whole parameter names. */
export const TRACKING_NAMES = [
  // Facebook, Google, Microsoft, Yandex, TikTok, Instagram, Twitter/X, LinkedIn ads
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'ttclid', 'igshid', 'twclid', 'li_fat_id',
  // Mailchimp, HubSpot, Marketo
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok',
  // WeChat, Weibo, Alibaba/Taobao, Bilibili, Douyin shares
  'isappinstalled', 'nsukey', 'scene', 'clicktime', 'enterid', 'sharer_sharetime', 'sharer_shareid', 'wxshare_count',
  'spm', 'scm', 'share_source', 'share_medium', 'share_plat', 'share_session_id', 'share_tag', 'vd_source', 'timestamp_share',
  // Google Analytics cross-domain linker
  '_ga', '_gl',
] as const;

/** `from` is also an ordinary word, so only WeChat's own values of it are tracking. */
const FROM_VALUES = new Set(['singlemessage', 'groupmessage', 'timeline']);

export function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'from') return FROM_VALUES.has(value);
  return (TRACKING_NAMES as readonly string[]).includes(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
