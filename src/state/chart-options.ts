// How the charts group places, as the state holds it (its URL codec is in ui-codecs.ts).
/**
 * The by-place chart compares units of one level: Sichuan's prefectures beside Chongqing's
 * districts and counties (its prefecture-level units), or, by the reader's choice, Chongqing as one bar.
 */
export const CHONGQING_BARS = ['districts', 'one'] as const;
export type ChongqingBars = (typeof CHONGQING_BARS)[number];
export const DEFAULT_CHONGQING_BARS: ChongqingBars = 'districts';
