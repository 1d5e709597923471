// URL parameter of the screen's arrangement: which side-panel tab is open (tab=list). The default
// tab (layers) is left out of the URL; choosing a tab is a discrete change with its own history entry.
import { defineFieldCodec } from './url-codec';
import { DEFAULT_PANEL_TAB, PANEL_TABS, type PanelTab } from './panel-tab';

export { DEFAULT_PANEL_TAB, PANEL_TABS, type PanelTab } from './panel-tab';

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

/** Registered in main.ts with the other codecs. */
export const uiCodecs = [panelTabCodec];
