// The side panel's tabs, as the state holds them (its URL codec is in ui-codecs.ts).
/** The side panel's tabs, in the order they are shown. */
export const PANEL_TABS = ['layers', 'list', 'questions', 'charts', 'mydata'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];
export const DEFAULT_PANEL_TAB: PanelTab = 'layers';
