// URL parameters of the screen's arrangement: which side-panel tab is open (tab=list) and how the
// by-place chart groups Chongqing (cq=one). Defaults are left out of the URL; each change is a
// discrete one with its own history entry.
import { defineFieldCodec } from './url-codec';
import type { Lang } from '../types';
import { bothLanguages, translate } from '../i18n/translate';
import { DEFAULT_PANEL_TAB, PANEL_TABS, type PanelTab } from './panel-tab';
import { CHONGQING_BARS, DEFAULT_CHONGQING_BARS, type ChongqingBars } from './chart-options';

export type { PanelTab } from './panel-tab';

/** The tabs listed as each language lists words: "list、charts" / "list, charts". */
function panelTabExpected(): { zh: string; en: string } {
  const tabs = (lang: Lang) => PANEL_TABS.join(translate(lang, 'words.join'));
  return { zh: translate('zh', 'url.expected.panelTab', { tabs: tabs('zh') }), en: translate('en', 'url.expected.panelTab', { tabs: tabs('en') }) };
}

export function parsePanelTab(raw: string): PanelTab | undefined {
  return (PANEL_TABS as readonly string[]).includes(raw) ? (raw as PanelTab) : undefined;
}

export const panelTabCodec = defineFieldCodec({
  field: 'panelTab',
  param: 'tab',
  history: 'push',
  expected: panelTabExpected(),
  parse: parsePanelTab,
  serialize: (tab) => (tab === DEFAULT_PANEL_TAB ? null : tab),
});

export function parseChongqingBars(raw: string): ChongqingBars | undefined {
  return (CHONGQING_BARS as readonly string[]).includes(raw) ? (raw as ChongqingBars) : undefined;
}

/** cq=one: the by-place chart draws Chongqing as one bar (default: its districts and counties). */
export const chartChongqingCodec = defineFieldCodec({
  field: 'chartChongqing',
  param: 'cq',
  history: 'push',
  expected: bothLanguages('url.expected.chartChongqing'),
  parse: parseChongqingBars,
  serialize: (value) => (value === DEFAULT_CHONGQING_BARS ? null : value),
});

/** Registered in app-url-codec.ts with the other codecs. */
export const uiCodecs = [panelTabCodec, chartChongqingCodec];
