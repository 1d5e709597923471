// URL parameters of the screen's arrangement: which side-panel tab is open (tab=list) and how the
// by-place chart groups Chongqing (cq=one). Defaults are left out of the URL; each change is a
// discrete one with its own history entry.
import { defineFieldCodec } from './url-codec';
import { DEFAULT_PANEL_TAB, PANEL_TABS, type PanelTab } from './panel-tab';
import { CHONGQING_BARS, DEFAULT_CHONGQING_BARS, type ChongqingBars } from './chart-options';

export { PANEL_TABS, type PanelTab } from './panel-tab';

export function parsePanelTab(raw: string): PanelTab | undefined {
  return (PANEL_TABS as readonly string[]).includes(raw) ? (raw as PanelTab) : undefined;
}

export const panelTabCodec = defineFieldCodec({
  field: 'panelTab',
  param: 'tab',
  history: 'push',
  expected: { zh: `面板标签（${PANEL_TABS.join('、')}）`, en: `panel tab (${PANEL_TABS.join(', ')})` },
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
  expected: { zh: '图表中重庆的分组（one：整个重庆一条；districts：按区县）', en: 'how the charts group Chongqing (one: one bar; districts: its districts and counties)' },
  parse: parseChongqingBars,
  serialize: (value) => (value === DEFAULT_CHONGQING_BARS ? null : value),
});

/** Registered in app-url-codec.ts with the other codecs. */
export const uiCodecs = [panelTabCodec, chartChongqingCodec];
