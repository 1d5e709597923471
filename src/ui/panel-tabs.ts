// The side panel's tabs (WAI-ARIA tabs pattern): one tab list, one tab panel per PanelTab. The open
// tab lives in the state (tab= in the URL), so a permalink reopens what the sender saw. Arrow keys,
// Home and End move the focus between tabs; Enter, Space or a click opens one (manual activation, so
// arrowing past the charts does not fetch them). On phones the whole sheet collapses to its handle.
import type { Store } from '../state/store';
import type { AppState } from '../state/app-state';
import { PANEL_TABS, type PanelTab } from '../state/panel-tab';
import { translate } from '../i18n/translate';
import { el } from './dom';
import type { Teardown } from './teardown';

export interface PanelTabsOptions {
  /** the panel stack from the layout: the handle, the details host and the tabs go in here */
  stack: HTMLElement;
  store: Store;
  /** counts shown after a tab's name, e.g. List (67); a tab left out shows no count */
  counts?: (state: AppState) => Partial<Record<PanelTab, number>>;
  /** start folded to the handle (phones: the first view is the map) */
  startCollapsed?: boolean;
}

export interface PanelTabs {
  /** where the details of a selected unit or feature mount: above the tabs */
  details: HTMLElement;
  /** where each tab's panels mount */
  panels: Record<PanelTab, HTMLElement>;
  /** recomputes the counts (for changes the store does not see, e.g. data loaded later) */
  refresh(): void;
  teardown: Teardown;
}

const tabId = (tab: PanelTab) => `panel-tab-${tab}`;
const panelId = (tab: PanelTab) => `panel-tabpanel-${tab}`;

export function mountPanelTabs({ stack, store, counts, startCollapsed = false }: PanelTabsOptions): PanelTabs {
  const handle = el('button', { type: 'button', class: 'sheet-handle', 'data-testid': 'sheet-toggle', 'aria-controls': 'panel-sheet-body', 'aria-expanded': 'true' });
  const body = el('div', { class: 'panel-sheet-body', id: 'panel-sheet-body' });
  const details = el('div', { class: 'panel-details', 'data-testid': 'panel-details' });
  const tablist = el('div', { role: 'tablist', class: 'panel-tablist', 'data-testid': 'panel-tabs' });
  const tabpanels = el('div', { class: 'panel-tabpanels' });
  const tabs = new Map<PanelTab, HTMLButtonElement>();
  const panels = {} as Record<PanelTab, HTMLElement>;
  for (const tab of PANEL_TABS) {
    const button = el('button', { type: 'button', role: 'tab', id: tabId(tab), class: 'panel-tab', 'aria-controls': panelId(tab), 'data-testid': `tab-${tab}` });
    const panel = el('div', { role: 'tabpanel', id: panelId(tab), class: 'panel-tabpanel', 'aria-labelledby': tabId(tab), tabindex: '0', 'data-testid': `tabpanel-${tab}` });
    button.addEventListener('click', () => store.dispatch({ panelTab: tab }));
    tabs.set(tab, button);
    panels[tab] = panel;
    tablist.append(button);
    tabpanels.append(panel);
  }
  body.append(details, tablist, tabpanels);
  stack.append(handle, body);

  tablist.addEventListener('keydown', (event) => {
    const current = PANEL_TABS.findIndex((tab) => tabs.get(tab) === document.activeElement);
    if (current < 0) return;
    const last = PANEL_TABS.length - 1;
    const target = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    tabs.get(PANEL_TABS[target] as PanelTab)?.focus();
  });

  // Collapsed is a matter of this screen only (not in the URL): the map gets the whole height back.
  let collapsed = startCollapsed;
  const setCollapsed = (value: boolean) => {
    collapsed = value;
    stack.classList.toggle('is-collapsed', collapsed);
    handle.setAttribute('aria-expanded', String(!collapsed));
    handle.textContent = translate(store.getState().lang, collapsed ? 'sheet.expand' : 'sheet.collapse');
  };
  handle.addEventListener('click', () => setCollapsed(!collapsed));

  const render = () => {
    const state = store.getState();
    const known = counts?.(state) ?? {};
    for (const tab of PANEL_TABS) {
      const button = tabs.get(tab) as HTMLButtonElement;
      const active = state.panelTab === tab;
      const name = translate(state.lang, `tabs.${tab}`);
      const count = known[tab];
      button.textContent = count === undefined ? name : translate(state.lang, 'tabs.withCount', { name, count });
      button.setAttribute('aria-selected', String(active));
      // roving tabindex: Tab enters the list at the open tab, arrows move within it
      button.tabIndex = active ? 0 : -1;
      panels[tab].hidden = !active;
    }
    tablist.setAttribute('aria-label', translate(state.lang, 'tabs.label'));
    setCollapsed(collapsed);
  };
  render();
  const unsubscribe = store.subscribe((next, previous) => {
    // something newly selected, or another tab chosen: show it even if the sheet was folded away
    if (collapsed && ((next.selection !== null && next.selection !== previous.selection) || next.panelTab !== previous.panelTab)) setCollapsed(false);
    render();
  });
  const teardown = () => {
    unsubscribe();
    handle.remove();
    body.remove();
  };
  return { details, panels, refresh: render, teardown };
}
