// The page skeleton. The side panel (src/ui/panel-tabs.ts: details on top, then tabs) goes in panelStack:
// a column floating over the map on wide screens, a bottom sheet on phones.
import { el } from './dom';

export interface Layout {
  header: HTMLElement;
  title: HTMLHeadingElement;
  tools: HTMLElement;
  mapContainer: HTMLElement;
  panelStack: HTMLElement;
  notices: HTMLElement;
}

export function createLayout(root: HTMLElement): Layout {
  const header = el('header', { class: 'app-header' });
  const title = el('h1', { class: 'app-title' });
  const tools = el('div', { class: 'app-tools' });
  header.append(title, tools);
  const main = el('main', { class: 'app-main' });
  const mapContainer = el('div', { class: 'map', id: 'map', 'data-testid': 'map' });
  const notices = el('div', { class: 'notices', role: 'status', 'aria-live': 'polite', 'data-testid': 'notices' });
  const panelStack = el('div', { class: 'panel-stack', 'data-testid': 'panels' });
  main.append(mapContainer, notices, panelStack);
  root.replaceChildren(header, main);
  return { header, title, tools, mapContainer, panelStack, notices };
}
