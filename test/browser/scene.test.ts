// One scene for every view: the same permalink gives the same set in the map, the list, the filter
// count, the charts and the exported image. Expected sets are computed with turf straight from the
// served data (questions-reference.ts), not by the app.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LineString, Polygon } from 'geojson';
import { drawnFeatureIds, listRowIds, openApp, openTab, useBrowser } from './harness';
import { downloadFrom } from './support/download';
import { anchorWithinKmOfLine, countyGeometry, idsWhere, inArea, prefectureGeometry, projects, withinKmOfLine } from './questions-reference';

const browser = useBrowser();

const hsr = projects.find((f) => f.id === 'hsr-chengdu-chongqing')!.geometry as LineString;
const drawn: Polygon = { type: 'Polygon', coordinates: [[[103.8, 30.4], [104.4, 30.4], [104.4, 30.9], [103.8, 30.9], [103.8, 30.4]]] };

const CASES: { name: string; query: string; expected: () => string[] }[] = [
  { name: 'a prefecture area', query: '?lang=en&qa=u:510100', expected: () => idsWhere((f) => inArea(f.geometry, prefectureGeometry('510100'))) },
  { name: 'a county area', query: '?lang=en&qa=u:510104', expected: () => idsWhere((f) => inArea(f.geometry, countyGeometry('510104'))) },
  { name: 'a drawn polygon', query: '?lang=en&qa=p:103.8 30.4,104.4 30.4,104.4 30.9,103.8 30.9', expected: () => idsWhere((f) => inArea(f.geometry, drawn)) },
  { name: 'a catchment', query: '?lang=en&qc=hsr-chengdu-chongqing&qd=20', expected: () => idsWhere((f) => withinKmOfLine(f.geometry, hsr, 20)) },
  {
    name: 'a catchment counting lines and areas by their anchor',
    query: '?lang=en&qc=hsr-chengdu-chongqing&qd=20&qr=anchor',
    expected: () => idsWhere((f) => anchorWithinKmOfLine(f, hsr, 20)),
  },
  {
    name: 'a catchment and an area with filters',
    query: '?lang=en&qc=hsr-chengdu-chongqing&qd=20&qa=u:510100&lvl=national',
    expected: () => idsWhere((f) => f.properties.level === 'national' && withinKmOfLine(f.geometry, hsr, 20) && inArea(f.geometry, prefectureGeometry('510100'))),
  },
];

// drawn alone or counted in a cluster symbol; the question's match rings are not features
const mapIds = (page: Page) => drawnFeatureIds(page, '#map', '.question-match');
const listIds = async (page: Page) => (await listRowIds(page)).sort();
const firstNumber = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0] ?? NaN);

async function exportedIds(page: Page): Promise<{ ids: string[]; legendCount: number }> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-dialog').waitFor({ state: 'visible' });
  await page.getByTestId('export-preset').selectOption('slide-16x9');
  await page.getByTestId('export-format').selectOption('svg');
  const svg = (await downloadFrom(page.getByTestId('export-download'), 60_000)).text;
  const ids = [...new Set([...svg.matchAll(/class="feature [a-z]+" data-id="([^"]+)"/g)].map((m) => m[1]!))].sort();
  const legendCount = [...svg.matchAll(/class="legend-item" data-key="(?!question:)[^"]+" data-count="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { ids, legendCount };
}

describe('the same permalink gives the same set in every view and the export', () => {
  for (const { name, query, expected } of CASES) {
    it(`${name}: ${query}`, async () => {
      const want = expected();
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(projects.length);
      const { page, context, errors } = await openApp(browser, { query: `${query}&tab=list` });
      await expect.poll(() => listIds(page), { timeout: 60_000 }).toEqual(want);
      expect(await mapIds(page)).toEqual(want);
      expect(firstNumber(await page.getByTestId('feature-list-count').textContent())).toBe(want.length);
      await openTab(page, 'layers');
      expect(firstNumber(await page.getByTestId('filter-count').textContent())).toBe(want.length);
      await openTab(page, 'charts');
      // the region is open with the tab (a click on its summary would fold it, and a fold before the
      // charts' code has arrived leaves the table undrawn until it is opened again)
      expect(await page.getByTestId('analysis-panel').getAttribute('open')).not.toBeNull();
      expect(firstNumber(await page.getByTestId('analysis-count').textContent())).toBe(want.length);
      await expect.poll(() => page.locator('[data-testid="feature-table"] tbody tr').count(), { timeout: 60_000 }).toBe(want.length);
      const exported = await exportedIds(page);
      expect(exported.ids).toEqual(want);
      expect(exported.legendCount).toBe(want.length);
      expect(errors).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
