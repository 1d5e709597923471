// axe-core run in a page of the app. It is evaluated through the DevTools protocol (page.evaluate),
// which the page's CSP does not govern; a <script> tag with its source would be inline code and
// blocked by script-src 'self'.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** how many elements break the rule */
  count: number;
  /** the first five of them */
  targets: string[];
}

export interface AxeOptions {
  /** CSS selectors of the regions to check (default: the whole document) */
  include?: string[];
  /** only these rule tags, e.g. ['wcag2a', 'wcag2aa'] (default: every rule) */
  runOnly?: string[];
}

/** Every violation axe finds, and how many rules passed (a region that matched nothing passes none). */
export async function axeRun(page: Page, options: AxeOptions = {}): Promise<{ violations: AxeViolation[]; passed: number }> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, runOnly }) => {
    type Rule = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, runOnly ? { runOnly } : { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
      passed: result.passes.length,
    };
  }, options);
}

/** The serious and critical violations axe finds. */
export async function seriousViolations(page: Page, include?: string[]): Promise<AxeViolation[]> {
  const { violations } = await axeRun(page, include ? { include } : {});
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
