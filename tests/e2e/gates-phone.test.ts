/**
 * Quality gates over every page of the real build on a phone, in Chromium: accessibility (axe, light and dark, at
 * 375 px), no sideways scrolling at 320, 375 and 768 px, and privacy (no request leaves the origin). The desktop
 * (1280 px) is gates-desktop.test.ts; the site-wide behaviours (content-security policy, no JavaScript, keyboard,
 * base path) are gates.test.ts.
 *
 * One load per page, every check on it, so the file costs one pass over the site instead of one per check:
 * - axe with every rule of the tag set in the light theme, then the theme switched to dark in place (the site
 *   follows prefers-color-scheme live: tokens are light-dark()) and the colour rules again (see runAxe for why
 *   only those can change with the theme);
 * - the page's width at 375, 320 and 768 px by resizing that load: the only load-time width checks in the site
 *   are the contents list (64rem, toc-init.js) and the search filters (50rem), above 768 px, so a page loaded at
 *   375 px and resized to 320 or 768 px is laid out as one loaded at that width;
 * - every request the page makes to another origin, from the start of the load until the network is idle (the
 *   same wait as before), through both themes and all three widths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResult, startHarness, type Harness } from '../support/browser.ts';
import { allPages } from '../support/dist.ts';
import { bodyBackground, describeViolations, runAxe, watchForeignRequests, widthsOver } from '../support/page-gates.ts';

const pages = allPages();
const WIDTH = 375;
const HEIGHT = 800;

const found = { light: [] as string[], dark: [] as string[], wide: [] as string[], foreign: [] as string[], weakAxe: [] as string[], sameTheme: [] as string[], measured: 0, done: false };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** The pass over every page: one load each, every check on it; the tests below assert on what it found. */
async function sweep(): Promise<void> {
  const { page } = await h.newPage({ viewport: { width: WIDTH, height: HEIGHT }, colorScheme: 'light' });
  found.foreign = watchForeignRequests(page, h.site.url);
  for (const p of pages) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(new URL(p.replace(/^\//, ''), h.site.url).href);
    // Back to 375 px last: axe reads the page at the width it was loaded at.
    for (const { width, scrollWidth } of await widthsOver(page, [320, 768, WIDTH], HEIGHT)) {
      found.measured += 1;
      if (scrollWidth > width) found.wide.push(`${p} at ${width} px: ${scrollWidth} px wide`);
    }
    const light = await runAxe(page);
    // axe really ran: a page with content passes dozens of rules (colour contrast among them).
    if (light.passes <= 10) found.weakAxe.push(`${p}: only ${light.passes} rules passed`);
    found.light.push(...describeViolations(`${p} [light ${WIDTH}]`, light.violations));
    const lightBg = await bodyBackground(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    if ((await bodyBackground(page)) === lightBg) found.sameTheme.push(p);
    const dark = await runAxe(page, 'colour');
    if (!dark.rules.includes('color-contrast') || dark.passes + dark.violations.length === 0) found.weakAxe.push(`${p}: the dark pass checked no colour rule`);
    found.dark.push(...describeViolations(`${p} [dark ${WIDTH}]`, dark.violations));
    await page.waitForLoadState('networkidle');
  }
  // Search with results: its excerpts are the widest content.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.goto(new URL('search/?q=distillation', h.site.url).href);
  await searchResult(page, 0).waitFor({ timeout: 30_000 });
  for (const { width, scrollWidth } of await widthsOver(page, [320, 768, WIDTH], HEIGHT)) {
    found.measured += 1;
    if (scrollWidth > width) found.wide.push(`/search/?q=distillation at ${width} px: ${scrollWidth} px wide`);
  }
  await page.waitForLoadState('networkidle');
  found.done = true;
}

describe('accessibility on a phone (axe-core, WCAG 2.0/2.1/2.2 A and AA, best practices)', () => {
  // The pass runs in this first test (not in a hook) so the file's time in the report is all its work.
  it('axe ran on every page: every rule in light, the colour rules in dark, and the theme really switched', async () => {
    await sweep();
    expect(pages.length).toBeGreaterThan(30);
    expect(found.weakAxe).toEqual([]);
    expect(found.sameTheme).toEqual([]);
  });

  it(`every page has zero violations in the light theme at ${WIDTH} px`, () => {
    expect(found.done, 'the pass over every page finished').toBe(true);
    expect(found.light, found.light.join('\n')).toEqual([]);
  });

  it(`every page has zero colour violations in the dark theme at ${WIDTH} px`, () => {
    expect(found.done, 'the pass over every page finished').toBe(true);
    expect(found.dark, found.dark.join('\n')).toEqual([]);
  });
});

describe('small screens', () => {
  // Every page, and search with results, from the narrowest phone to a tablet; 1280 px: gates-desktop.test.ts.
  it('no page scrolls sideways at 320, 375 or 768 px', () => {
    expect(found.done, 'the pass over every page finished').toBe(true);
    expect(found.measured).toBe((pages.length + 1) * 3);
    expect(found.wide).toEqual([]);
  });
});

describe('privacy', () => {
  it('no page requests anything from another origin on a phone, in either theme (no web fonts, CDNs or analytics)', () => {
    expect(found.done, 'the pass over every page finished').toBe(true);
    expect(found.foreign).toEqual([]);
  });
});
