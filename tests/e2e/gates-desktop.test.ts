/**
 * Quality gates over every page of the real build on a desktop (1280 px), in Chromium: accessibility (axe, light
 * and dark). The phone: gates-phone.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startHarness, type Harness } from '../support/browser.ts';
import { allPages } from '../support/dist.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const pages = allPages();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }

describe('accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA, best practices)', () => {
  // Both themes, on a phone and on a desktop: the layouts differ (menu popover, contents disclosure, side column).
  for (const [scheme, width] of [['light', 1280], ['dark', 1280]] as const) {
    it(`every page has zero violations in the ${scheme} theme at ${width} px`, async () => {
      // bypassCSP only so axe itself can be injected; the CSP gate below runs without it.
      const { page } = await h.newPage({ colorScheme: scheme, bypassCSP: true, viewport: { width, height: 800 } });
      const problems: string[] = [];
      for (const p of pages) {
        await page.goto(new URL(p.replace(/^\//, ''), h.site.url).href);
        await page.evaluate(axeSource);
        const { violations, passes } = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe
            .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
            .then((r) => ({ violations: r.violations, passes: r.passes.length })),
        )) as { violations: AxeViolation[]; passes: number };
        // axe really ran: a page with content passes dozens of rules (colour contrast among them).
        expect(passes, p).toBeGreaterThan(10);
        for (const v of violations) problems.push(`${p} [${scheme} ${width}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
