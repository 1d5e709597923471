// The map's names as a reader sees them: every visible name with the four corners of its text box on
// screen (a rotated name is the rectangle its text box turns into), and the checks that no two
// overlap and none covers a map control. Shared by the browser tests of the map's names.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface DrawnLabel {
  kind: string;
  text: string;
  corners: [number, number][];
}

/** Every visible name on the map with the four corners of its text box on screen, and the controls' boxes. */
export async function drawnLabels(page: Page): Promise<{ labels: DrawnLabel[]; controls: [number, number][][] }> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll<HTMLElement>('.seat-label:not([hidden]) .seat-text, .map-label .map-label__text')];
    const labels = texts.map((text) => {
      const r = text.getBoundingClientRect();
      const m = new DOMMatrix(getComputedStyle(text).transform);
      const angle = Math.atan2(m.b, m.a);
      const [w, h] = [text.offsetWidth / 2, text.offsetHeight / 2];
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      const corners = [[-w, -h], [w, -h], [w, h], [-w, h]].map(([u, v]) => [cx + u! * Math.cos(angle) - v! * Math.sin(angle), cy + u! * Math.sin(angle) + v! * Math.cos(angle)] as [number, number]);
      const kind = text.closest('.seat-label') ? 'seat' : (text.closest<HTMLElement>('.map-label')!.dataset.labelKind ?? '');
      return { kind, text: text.textContent ?? '', corners };
    });
    const controls = [...document.querySelectorAll('[data-testid="map"] .leaflet-control')].map((c) => {
      const r = c.getBoundingClientRect();
      return [[r.left, r.top], [r.right, r.top], [r.right, r.bottom], [r.left, r.bottom]] as [number, number][];
    });
    return { labels, controls };
  });
}

/** Separating-axis test of two convex quadrilaterals: true when they overlap by more than 0.5 px. */
export function overlap(a: [number, number][], b: [number, number][]): boolean {
  for (const quad of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const [x0, y0] = quad[i]!;
      const [x1, y1] = quad[(i + 1) % 4]!;
      const length = Math.hypot(x1 - x0, y1 - y0) || 1;
      const axis = [(y0 - y1) / length, (x1 - x0) / length];
      const pa = a.map(([x, y]) => x * axis[0]! + y * axis[1]!);
      const pb = b.map(([x, y]) => x * axis[0]! + y * axis[1]!);
      if (Math.max(...pa) <= Math.min(...pb) + 0.5 || Math.max(...pb) <= Math.min(...pa) + 0.5) return false;
    }
  }
  return true;
}

/** Every pair of names that overlap, and every name over a control, described for the failure message. */
export function overlaps({ labels, controls }: Awaited<ReturnType<typeof drawnLabels>>): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!.corners, labels[j]!.corners)) found.push(`"${labels[i]!.text}" × "${labels[j]!.text}"`);
    for (const control of controls) if (overlap(labels[i]!.corners, control)) found.push(`"${labels[i]!.text}" ${JSON.stringify(labels[i]!.corners)} over a control ${JSON.stringify(control)}`);
  }
  return found;
}

/** Once the map has settled (controls such as the locator inset arrive after the first layout), nothing overlaps. */
export async function expectNoOverlap(page: Page): Promise<void> {
  await expect.poll(async () => overlaps(await drawnLabels(page)), { timeout: 5_000 }).toEqual([]);
}

export const textsOf = (labels: DrawnLabel[], kind: string): string[] => labels.filter((l) => l.kind === kind).map((l) => l.text);
