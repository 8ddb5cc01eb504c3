/**
 * Quality gates over every page of the real build on a desktop (1280 px), in Chromium: accessibility (axe, light
 * and dark), no sideways scrolling, and privacy (no request leaves the origin, also while searching). The phone
 * and the narrower widths are gates-phone.test.ts, which explains the one-pass-per-page design. Every page is
 * loaded at 1280 px (not resized from a phone load): the contents list opens into its side column at load on a
 * wide screen, and the search filters open at load from 50rem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResult, startHarness, type Harness } from '../support/browser.ts';
import { allPages } from '../support/dist.ts';
import { bodyBackground, describeViolations, networkQuiet, runAxe, watchForeignRequests } from '../support/page-gates.ts';

const pages = allPages();
const WIDTH = 1280;
const HEIGHT = 800;
/**
 * Pages where a search is also typed, to catch what loads on use (the search code and its index). The search
 * control is the same on every page, so one page of each kind is enough; the content-security policy test in
 * gates.test.ts also searches from the dialog and /search/, and drives every interactive figure, under this watch.
 */
const SEARCHED = new Set(['/', '/explainers/', '/explainers/mythos-reports/', '/explainers/mythos-reports/teach/', '/glossary/', '/sources/', '/about/', '/404.html']);

const found = { light: [] as string[], dark: [] as string[], wide: [] as string[], foreign: [] as string[], weakAxe: [] as string[], sameTheme: [] as string[], measured: 0, done: false, searched: 0 };

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
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    found.measured += 1;
    if (scrollWidth > WIDTH) found.wide.push(`${p} at ${WIDTH} px: ${scrollWidth} px wide`);
    const light = await runAxe(page);
    if (light.passes <= 10) found.weakAxe.push(`${p}: only ${light.passes} rules passed`);
    found.light.push(...describeViolations(`${p} [light ${WIDTH}]`, light.violations));
    const lightBg = await bodyBackground(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    if ((await bodyBackground(page)) === lightBg) found.sameTheme.push(p);
    const dark = await runAxe(page, 'colour');
    if (!dark.rules.includes('color-contrast') || dark.passes + dark.violations.length === 0) found.weakAxe.push(`${p}: the dark pass checked no colour rule`);
    found.dark.push(...describeViolations(`${p} [dark ${WIDTH}]`, dark.violations));
    await page.waitForLoadState('networkidle');
    if (SEARCHED.has(p)) {
      // Interact too: search loads code on use. After axe, so axe saw the page as loaded.
      await page.keyboard.press('/');
      await page.keyboard.type('weights');
      await networkQuiet(page, 500);
      found.searched += 1;
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(new URL('search/?q=distillation', h.site.url).href);
  await searchResult(page, 0).waitFor({ timeout: 30_000 });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  found.measured += 1;
  if (scrollWidth > WIDTH) found.wide.push(`/search/?q=distillation at ${WIDTH} px: ${scrollWidth} px wide`);
  await page.waitForLoadState('networkidle');
  found.done = true;
}

describe(`accessibility on a ${WIDTH} px desktop (axe-core, WCAG 2.0/2.1/2.2 A and AA, best practices)`, () => {
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

describe('wide screens', () => {
  it(`no page scrolls sideways at ${WIDTH} px`, () => {
    expect(found.done, 'the pass over every page finished').toBe(true);
    expect(found.measured).toBe(pages.length + 1);
    expect(found.wide).toEqual([]);
  });
});

describe('privacy', () => {
  it('no page requests anything from another origin on a desktop, in either theme, nor while searching', () => {
    expect(found.done, 'the pass over every page finished').toBe(true);
    expect(found.searched).toBe(SEARCHED.size);
    expect(found.foreign).toEqual([]);
  });
});
