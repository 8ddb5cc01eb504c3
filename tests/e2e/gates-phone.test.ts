/**
 * Quality gates over every page of the real build on a phone, in Chromium: accessibility (axe, light and dark, 375 px),
 * no sideways scrolling, privacy (no request leaves the origin). The desktop width: gates-desktop.test.ts; the
 * site-wide behaviours (content-security policy, no JavaScript, keyboard, base path): gates.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { searchResult, startHarness, type Harness } from '../support/browser.ts';
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
  for (const [scheme, width] of [['light', 375], ['dark', 375]] as const) {
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

describe('small screens', () => {
  // Every page, and search with results (its excerpts are the widest content), from the narrowest phone to a desktop.
  it('no page scrolls sideways at 320, 375, 768 or 1280 px', async () => {
    const wide: string[] = [];
    for (const width of [320, 375, 768, 1280]) {
      const { page } = await h.newPage({ viewport: { width, height: 740 } });
      for (const p of [...pages, '/search/?q=distillation']) {
        await page.goto(new URL(p.replace(/^\//, ''), h.site.url).href);
        if (p.startsWith('/search/?')) await searchResult(page, 0).waitFor({ timeout: 30_000 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${p} at ${width} px: ${scrollWidth} px wide`);
      }
    }
    expect(wide).toEqual([]);
  });
});

describe('privacy', () => {
  it('no page requests anything from another origin (no web fonts, CDNs or analytics)', async () => {
    const { page } = await h.newPage();
    const origin = new URL(h.site.url).origin;
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${page.url()} → ${r.url()}`);
    });
    for (const p of pages) {
      await page.goto(new URL(p.replace(/^\//, ''), h.site.url).href, { waitUntil: 'networkidle' });
      // Interact too: search and previews load code on use.
      await page.keyboard.press('/');
      await page.keyboard.type('weights');
      await page.waitForTimeout(150);
    }
    expect(foreign).toEqual([]);
  });
});
