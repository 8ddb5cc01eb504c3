/**
 * The every-page quality gates at one viewport, declared once for gates-phone.test.ts and gates-desktop.test.ts
 * (two files so that Vitest's two workers share the work).
 *
 * One load per page, every check on it, so a file costs one pass over the site instead of one per check:
 * - the document's width at each of `widths`, by resizing that load (the load's own width last; the callers say
 *   why resizing is the same as loading at that width);
 * - axe with every rule of the tag set in the light theme, then the theme switched to dark in place (the site
 *   follows prefers-color-scheme live: tokens are light-dark()) and the colour rules again (see runAxe for why
 *   only those can change with the theme);
 * - on the pages in `searched`, a search typed, so what loads on use is watched too;
 * - every request the page makes to another origin, from the start of the load until the network is idle.
 * The pass runs in the first test (not in a hook) so that the file's time in the report is all its work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResult, startHarness, type Harness } from './browser.ts';
import { allPages } from './dist.ts';
import { bodyBackground, describeViolations, networkQuiet, runAxe, watchForeignRequests, widthsOver } from './page-gates.ts';

export interface EveryPageGatesOptions {
  /** How the tests name the device: "a phone", "a 1280 px desktop". */
  device: string;
  /** The width every page is loaded at (axe runs at it). */
  width: number;
  height: number;
  /** Other widths measured for sideways scrolling by resizing the same load. */
  alsoWidths: readonly number[];
  /** Pages where a search is typed after axe (the search control is the same on every page). */
  searched: ReadonlySet<string>;
}

export function everyPageGates(o: EveryPageGatesOptions): void {
  const pages = allPages();
  const widths = [...o.alsoWidths, o.width];
  const found = { light: [] as string[], dark: [] as string[], wide: [] as string[], foreign: [] as string[], weakAxe: [] as string[], sameTheme: [] as string[], measured: 0, searched: 0, done: false };

  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  const measure = async (page: Awaited<ReturnType<Harness['newPage']>>['page'], label: string): Promise<void> => {
    for (const { width, scrollWidth } of await widthsOver(page, widths, o.height)) {
      found.measured += 1;
      if (scrollWidth > width) found.wide.push(`${label} at ${width} px: ${scrollWidth} px wide`);
    }
  };

  async function sweep(): Promise<void> {
    const { page } = await h.newPage({ viewport: { width: o.width, height: o.height }, colorScheme: 'light' });
    found.foreign = watchForeignRequests(page, h.site.url);
    for (const p of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(new URL(p.replace(/^\//, ''), h.site.url).href);
      await measure(page, p);
      const light = await runAxe(page);
      // axe really ran: a page with content passes dozens of rules (colour contrast among them).
      if (light.passes <= 10) found.weakAxe.push(`${p}: only ${light.passes} rules passed`);
      found.light.push(...describeViolations(`${p} [light ${o.width}]`, light.violations));
      const lightBg = await bodyBackground(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      if ((await bodyBackground(page)) === lightBg) found.sameTheme.push(p);
      const dark = await runAxe(page, 'colour');
      if (!dark.rules.includes('color-contrast') || dark.passes + dark.violations.length === 0) found.weakAxe.push(`${p}: the dark pass checked no colour rule`);
      found.dark.push(...describeViolations(`${p} [dark ${o.width}]`, dark.violations));
      await page.waitForLoadState('networkidle');
      if (o.searched.has(p)) {
        // Interact too: search loads code on use. After axe, so axe saw the page as loaded.
        await page.keyboard.press('/');
        await page.keyboard.type('weights');
        await networkQuiet(page, 500);
        found.searched += 1;
      }
    }
    // Search with results: its excerpts are the widest content.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: o.width, height: o.height });
    await page.goto(new URL('search/?q=distillation', h.site.url).href);
    await searchResult(page, 0).waitFor({ timeout: 30_000 });
    await measure(page, '/search/?q=distillation');
    await page.waitForLoadState('networkidle');
    found.done = true;
  }

  describe(`accessibility on ${o.device} (axe-core, WCAG 2.0/2.1/2.2 A and AA, best practices)`, () => {
    it('axe ran on every page: every rule in light, the colour rules in dark, and the theme really switched', async () => {
      await sweep();
      expect(pages.length).toBeGreaterThan(30);
      expect(found.weakAxe).toEqual([]);
      expect(found.sameTheme).toEqual([]);
    });

    it(`every page has zero violations in the light theme at ${o.width} px`, () => {
      expect(found.done, 'the pass over every page finished').toBe(true);
      expect(found.light, found.light.join('\n')).toEqual([]);
    });

    it(`every page has zero colour violations in the dark theme at ${o.width} px`, () => {
      expect(found.done, 'the pass over every page finished').toBe(true);
      expect(found.dark, found.dark.join('\n')).toEqual([]);
    });
  });

  describe(`sideways scrolling on ${o.device}`, () => {
    it(`no page scrolls sideways at ${[...widths].sort((a, b) => a - b).join(', ')} px`, () => {
      expect(found.done, 'the pass over every page finished').toBe(true);
      expect(found.measured).toBe((pages.length + 1) * widths.length);
      expect(found.wide).toEqual([]);
    });
  });

  describe(`privacy on ${o.device}`, () => {
    it('no page requests anything from another origin, in either theme, nor while searching (no web fonts, CDNs or analytics)', () => {
      expect(found.done, 'the pass over every page finished').toBe(true);
      expect(found.searched).toBe(o.searched.size);
      expect(found.foreign).toEqual([]);
    });
  });
}
