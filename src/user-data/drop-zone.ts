// Files dragged over the map: an overlay says where to drop them, and a drop hands them to the
// importer. The file picker in the layers panel is the keyboard route to the same import.
import { el } from '../ui/dom';

export interface DropZone {
  setLabel(text: string): void;
  /** removes the window listeners */
  teardown(): void;
}

const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

export function mountDropZone(container: HTMLElement, onFiles: (files: File[]) => void): DropZone {
  const overlay = el('div', { class: 'drop-zone', 'data-testid': 'drop-zone', 'aria-hidden': 'true' });
  const label = el('p', { class: 'drop-zone-label' });
  overlay.append(label);
  container.append(overlay);
  // dragenter/dragleave fire for every child crossed; counting them tells when the pointer really left.
  let depth = 0;
  const show = (on: boolean) => overlay.classList.toggle('drop-zone-active', on);

  container.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth += 1;
    show(true);
  });
  container.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    // Without preventDefault the browser would open the file instead of letting us drop it.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  container.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  });
  container.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    show(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  });
  // A file dropped beside the map (on a panel) would make the browser open it in place of the app,
  // losing the planner's view; it is ignored instead.
  const ignoreBeside = (event: DragEvent) => {
    if (hasFiles(event) && !container.contains(event.target as Node)) event.preventDefault();
  };
  for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, ignoreBeside);
  return {
    setLabel: (text) => (label.textContent = text),
    teardown: () => {
      for (const type of ['dragover', 'drop'] as const) window.removeEventListener(type, ignoreBeside);
    },
  };
}
