// What a reader sees of the map's names: seats, projects, corridors, counties from zoom 8 and rivers
// from zoom 9, in the chosen language, never overlapping each other or the map's controls. Boxes are
// measured from the drawn elements: a rotated name is the rectangle its text box turns into.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, useBrowser } from './harness';

const browser = useBrowser();

interface DrawnLabel {
  kind: string;
  text: string;
  corners: [number, number][];
}

/** Every visible name on the map with the four corners of its text box on screen, and the controls' boxes. */
async function drawnLabels(page: Page): Promise<{ labels: DrawnLabel[]; controls: [number, number][][] }> {
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
function overlap(a: [number, number][], b: [number, number][]): boolean {
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
function overlaps({ labels, controls }: Awaited<ReturnType<typeof drawnLabels>>): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!.corners, labels[j]!.corners)) found.push(`"${labels[i]!.text}" × "${labels[j]!.text}"`);
    for (const control of controls) if (overlap(labels[i]!.corners, control)) found.push(`"${labels[i]!.text}" ${JSON.stringify(labels[i]!.corners)} over a control ${JSON.stringify(control)}`);
  }
  return found;
}

/** Once the map has settled (controls such as the locator inset arrive after the first layout), nothing overlaps. */
async function expectNoOverlap(page: Page): Promise<void> {
  await expect.poll(async () => overlaps(await drawnLabels(page)), { timeout: 5_000 }).toEqual([]);
}

const textsOf = (labels: DrawnLabel[], kind: string) => labels.filter((l) => l.kind === kind).map((l) => l.text);

const SIZES = [
  { width: 1440, height: 900, touch: false },
  { width: 390, height: 844, touch: true },
] as const;

describe('names on the map', () => {
  for (const size of SIZES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`names seats (and on a desktop projects) at the default view without overlaps, ${size.width}×${size.height} ${lang}`, async () => {
        const { page, context } = await openApp(browser, { query: `?lang=${lang}`, viewport: size, touch: size.touch });
        // On a phone the regional view is full of symbols: the seats are named there, the projects
        // from closer in (the zoom-10 test below); a desktop names projects at once.
        await expect.poll(async () => textsOf((await drawnLabels(page)).labels, size.touch ? 'seat' : 'project').length).toBeGreaterThanOrEqual(size.touch ? 8 : 2);
        const drawn = await drawnLabels(page);
        expect(textsOf(drawn.labels, 'seat')).toContain(lang === 'zh' ? '成都市' : 'Chengdu');
        await expectNoOverlap(page);
        await context.close();
      });

      it(`names districts and counties at zoom 8 and 10, and projects around Chengdu, ${size.width}×${size.height} ${lang}`, async () => {
        const { page, context } = await openApp(browser, { query: `?lang=${lang}&v=30.66,104.06,8`, viewport: size, touch: size.touch });
        await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'county').length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
        await expectNoOverlap(page);
        await page.goto(page.url().replace(/v=[^&]+/, 'v=30.62,104.06,10'));
        // the city's central districts, where the map used to be empty
        const central = lang === 'zh' ? ['锦江区', '青羊区', '金牛区', '武侯区', '成华区'] : ['Jinjiang District', 'Qingyang District', 'Jinniu District', 'Wuhou District', 'Chenghua District'];
        await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'county').filter((t) => central.includes(t)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
        const drawn = await drawnLabels(page);
        expect(textsOf(drawn.labels, 'project').length).toBeGreaterThanOrEqual(size.touch ? 2 : 5);
        await expectNoOverlap(page);
        await context.close();
      });
    }
  }

  it('names rivers along them from zoom 9, and corridors along their line', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh&v=29.62,106.45,9' });
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'river')).toEqual(expect.arrayContaining(['长江']));
    const drawn = await drawnLabels(page);
    expect(textsOf(drawn.labels, 'corridor').length).toBeGreaterThan(0);
    await expectNoOverlap(page);
    await page.goto(page.url().replace(/v=[^&]+/, 'v=29.62,106.45,8'));
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'county').length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(textsOf((await drawnLabels(page)).labels, 'river')).not.toContain('嘉陵江');
    await context.close();
  });

  it('follows the language switch: every name is redrawn in English', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=zh' });
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'project').length).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => textsOf((await drawnLabels(page)).labels, 'seat')).toContain('Chengdu');
    const texts = (await drawnLabels(page)).labels.map((l) => l.text);
    expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
    await context.close();
  });
});
