/**
 * Search as a reader meets it, in Chromium: the header control and its dialog
 * (click and "/", focus kept inside and given back, Escape, arrow keys, the
 * "See all results" link, no layout shift, full screen on a phone, 16 px text,
 * the site's colours in dark mode), the code loaded only on use, the /search/
 * page (no sideways scrolling at four widths, filters with counts in a
 * disclosure, query and filters in the address, axe in both themes), and the
 * bytes one search downloads.
 *
 * One page serves most tests (each sets its own width and colour scheme and
 * opens its own address); a new browser context costs a second or more on a
 * busy machine. Tests that need a cold cache, no JavaScript or axe (which
 * needs the page's policy bypassed) get their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { holdSearchDialogCode, searchResult, startHarness, watchErrors, type Harness } from '../support/browser.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let shared: Page;
let errors: string[];
beforeAll(async () => {
  h = await startHarness();
  ({ page: shared } = await h.newPage());
  errors = watchErrors(shared);
});
afterAll(async () => h?.close());

/** The shared page at `width` × `height` in `scheme`, with no errors recorded yet. */
async function sharedPage(options: { width?: number; height?: number; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
  await shared.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 720 });
  await shared.emulateMedia({ colorScheme: options.scheme ?? 'light' });
  errors.length = 0;
  return shared;
}

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const trigger = (page: Page) => page.getByRole('button', { name: 'Search the site' });

async function openByClick(page: Page, path = 'about/'): Promise<void> {
  await page.goto(`${h.site.url}${path}`);
  await trigger(page).click();
  await page.locator('dialog.search-dialog input').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
}

describe('header search dialog', () => {
  it('opens on click with the field focused, shows results, and Escape closes it and gives focus back to the button', async () => {
    const page = await sharedPage();
    await openByClick(page);
    await page.keyboard.type('distillation');
    // The results of the whole word: those of a prefix typed on the way may come first and lack it.
    const result = page.locator('dialog.search-dialog a[href*="/explainers/distillation/"]').first();
    await result.waitFor({ timeout: 30_000 });
    expect(await result.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search the site');
    expect(errors).toEqual([]);
  });

  it('"/" opens it from anywhere on the page, and keeps focus inside while open', async () => {
    const page = await sharedPage();
    await page.goto(`${h.site.url}glossary/`);
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog input').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
    await page.keyboard.type('export');
    await searchResult(page, 0, 'dialog.search-dialog').waitFor({ timeout: 30_000 });
    // Tab through more stops than the dialog has: focus never lands on the page behind it.
    const outside: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body || el.closest('dialog[open]') ? null : el.outerHTML.slice(0, 60);
      });
      if (where) outside.push(where);
    }
    expect(outside).toEqual([]);
  });

  it('arrow keys move through the results (and back up to the field), and Enter opens the chosen one', async () => {
    const page = await sharedPage();
    await openByClick(page, '');
    await page.keyboard.type('export controls');
    // The results of the whole query, not of "export" typed on the way.
    await expect.poll(() => page.locator('dialog.search-dialog .search-status').innerText(), { timeout: 30_000 }).toMatch(/for “export controls”$/);
    const top = searchResult(page, 0, 'dialog.search-dialog');
    await top.waitFor({ timeout: 30_000 });
    const topPath = new URL((await top.getAttribute('href'))!, h.site.url).pathname;
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-result-index]')?.getAttribute('data-result-index'))).toBe('0');
    const focusedPath = () => page.evaluate(() => document.activeElement?.getAttribute('href') && new URL(document.activeElement.getAttribute('href')!, location.href).pathname);
    expect(await focusedPath()).toBe(topPath);
    await page.keyboard.press('ArrowDown');
    // The next link: a section of the top result, or the next result (fetched first if it was not yet).
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.search-results') && document.activeElement.getAttribute('href'))).toBeTruthy();
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedPath).toBe(topPath);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedPath).toBe(topPath);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === topPath, { timeout: 30_000 });
  });

  it('has a "See all results for …" link to /search/?q=…, which Enter in the field also follows', async () => {
    const page = await sharedPage();
    await openByClick(page);
    await page.keyboard.type('model weights');
    const seeAll = page.getByRole('link', { name: /^See all results for “model weights”$/ });
    await seeAll.waitFor({ timeout: 30_000 });
    expect(new URL((await seeAll.getAttribute('href'))!, h.site.url).search).toBe('?q=model+weights');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'model weights', { timeout: 30_000 });
    await searchResult(page).waitFor({ timeout: 30_000 });
  });

  it('opening it shifts nothing (layout-shift entries sum to 0), at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await sharedPage({ width, height: 800 });
      await page.goto(`${h.site.url}explainers/mythos-reports/`);
      // Every shift counts, even right after a click or a key press (which CLS itself would forgive).
      await page.evaluate(() => {
        const w = window as unknown as { shift: number; moved: string[] };
        w.shift = 0;
        w.moved = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
            w.shift += e.value;
            w.moved.push(...e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName))));
          }
        }).observe({ type: 'layout-shift', buffered: false });
      });
      // Opening: the click, the code arriving, the dialog drawn and its field focused.
      await trigger(page).click();
      await page.locator('dialog.search-dialog input').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
      await page.waitForTimeout(500);
      const { shift, moved } = await page.evaluate(() => {
        const w = window as unknown as { shift: number; moved: string[] };
        return { shift: w.shift, moved: w.moved };
      });
      expect(shift, `${width} px: ${moved.join(', ')}`).toBe(0);
    }
  });

  it('fills a 375 px phone screen, with no text under 16 px', async () => {
    const page = await sharedPage({ width: 375, height: 740 });
    await openByClick(page);
    await page.keyboard.type('export');
    await searchResult(page, 0, 'dialog.search-dialog').waitFor({ timeout: 30_000 });
    const box = await dialog(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    const small = await dialog(page).evaluate((d) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(d, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim() || !el.checkVisibility()) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 16) found.push(`${size}px "${n.textContent.trim().slice(0, 30)}"`);
      }
      return found;
    });
    expect(small).toEqual([]);
  });

  it("uses the site's own colours in the dark theme: the results' background is the page's dark background", async () => {
    const page = await sharedPage({ scheme: 'dark' });
    await openByClick(page);
    await page.keyboard.type('distillation');
    await page.locator('dialog.search-dialog .search-hit__link').first().waitFor({ timeout: 30_000 });
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      dialog: getComputedStyle(document.querySelector('dialog.search-dialog')!).backgroundColor,
      hit: getComputedStyle(document.querySelector('dialog.search-dialog .search-hit')!).backgroundColor,
      text: getComputedStyle(document.querySelector('dialog.search-dialog .search-hit__excerpt')!).color,
      bodyText: getComputedStyle(document.body).color,
    }));
    // The dark theme is on (a dark page), whatever its exact tokens.
    const [r, g, b] = colours.body.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    expect(colours.dialog).toBe(colours.body);
    expect(colours.hit).toBe(colours.body);
    expect(colours.text).toBe(colours.bodyText);
  });

  it('keeps every key typed right after "/" while its code is still loading, and searches for them', async () => {
    const { page } = await h.newPage();
    // The dialog's code is held while the reader types on.
    const release = await holdSearchDialogCode(page);
    await page.goto(`${h.site.url}explainers/weight-theft/`);
    const scrollBefore = await page.evaluate(() => scrollY);
    await page.keyboard.press('/');
    await page.keyboard.type('insider threat');
    release();
    const input = page.locator('dialog.search-dialog input');
    await input.waitFor({ timeout: 30_000 });
    await expect.poll(() => input.inputValue()).toBe('insider threat');
    // The space was the reader's, not a page scroll.
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    await expect.poll(() => page.locator('dialog.search-dialog .search-status').innerText(), { timeout: 30_000 }).toMatch(/for “insider threat”$/);
    await page.keyboard.type('s');
    await expect.poll(() => input.inputValue()).toBe('insider threats');
  });

  it('says so when the search index cannot load, instead of showing nothing', async () => {
    const { page } = await h.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.abort('internetdisconnected'));
    await openByClick(page);
    await page.keyboard.type('distillation');
    await expect.poll(() => page.locator('dialog.search-dialog [role="status"]').innerText(), { timeout: 30_000 }).toMatch(/^Search could not load/);
  });

  it('loads no script file until the reader reaches for search', async () => {
    const { page } = await h.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${h.site.url}explainers/distillation/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await trigger(page).click();
    await page.locator('dialog.search-dialog input').waitFor({ timeout: 30_000 });
    // The dialog's code, then Pagefind's (its request leaves as the dialog opens).
    await expect.poll(() => scripts, { timeout: 30_000 }).toEqual(expect.arrayContaining(['/_search/dialog.js', '/pagefind/pagefind.js']));
  });

  it('without JavaScript, the header control opens /search/?q=, whose form searches', async () => {
    const { page } = await h.newPage({ javaScriptEnabled: false });
    await page.goto(`${h.site.url}explainers/distillation/`);
    await trigger(page).click();
    await page.waitForURL((url) => url.pathname === '/search/' && url.search === '?q=');
    await page.getByRole('searchbox').fill('distillation');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=distillation$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('distillation');
  });
});

describe('/search/ page', () => {
  it('never scrolls sideways with results shown, at 320, 375, 768 and 1280 px', async () => {
    const wide: string[] = [];
    for (const width of [320, 375, 768, 1280]) {
      const page = await sharedPage({ width, height: 800 });
      await page.goto(`${h.site.url}search/?q=weights`);
      await searchResult(page).waitFor({ timeout: 30_000 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`${width} px: page is ${scroll} px wide`);
    }
    expect(wide).toEqual([]);
  });

  it('puts the filters in a disclosure, closed on a phone and open on a desktop, with a count beside each value', async () => {
    const phone = await sharedPage({ width: 375, height: 740 });
    await phone.goto(`${h.site.url}search/?q=weights`);
    const filters = phone.locator('details.search-filters');
    await filters.waitFor({ timeout: 30_000 });
    expect(await filters.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await phone.getByText('Filters', { exact: false }).first().click();
    const glossary = phone.getByRole('checkbox', { name: /^Glossary \d+$/ });
    await glossary.waitFor({ timeout: 30_000 });
    const desktop = await sharedPage({ width: 1280, height: 800 });
    await desktop.goto(`${h.site.url}search/?q=weights`);
    await searchResult(desktop).waitFor({ timeout: 30_000 });
    expect(await desktop.locator('details.search-filters').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    // Each value's count is the number of results it would show: "Explainer N" matches N explainer results.
    const explainer = desktop.getByRole('checkbox', { name: /^Explainer \d+$/ });
    const count = Number((await explainer.evaluate((box) => box.closest('label')!.textContent!)).match(/(\d+)\s*$/)![1]);
    expect(count).toBeGreaterThan(3);
    await explainer.check();
    await expect.poll(() => new URL(desktop.url()).searchParams.getAll('kind')).toEqual(['Explainer']);
    // The status announces that many, and the list holds them all (fewer than a page of results).
    await expect.poll(() => desktop.locator('.search-status').innerText(), { timeout: 30_000 }).toBe(`${count} results for “weights”`);
    expect(count).toBeLessThanOrEqual(10);
    expect(await desktop.locator('.search-results > li').count()).toBe(count);
  });

  it('keeps the query and filters in the address, and restores both from it', async () => {
    const page = await sharedPage();
    await page.goto(`${h.site.url}search/?q=weights&topic=Weight+theft`);
    await searchResult(page).waitFor({ timeout: 30_000 });
    const hrefs = await page.locator('.search-app .search-hit__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href!.includes('/explainers/weight-theft/'))).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Weight theft \d+$/ }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search the site' }).inputValue()).toBe('weights');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('insiders');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=insiders&topic=Weight+theft');
  });

  it('finds glossary terms as entries of their own, linking to the term on /glossary/', async () => {
    const page = await sharedPage();
    await page.goto(`${h.site.url}search/?q=logits&kind=Glossary`);
    const first = searchResult(page);
    await first.waitFor({ timeout: 30_000 });
    expect(new URL((await first.getAttribute('href'))!, h.site.url).hash).toBe('#term-logits');
    expect(await page.locator('.search-hit__kind').first().innerText()).toMatch(/glossary/i);
  });

  it('lists ten results, fetches only those in view, and lists more on request', async () => {
    const page = await sharedPage();
    await page.goto(`${h.site.url}search/?q=export+controls`);
    await searchResult(page).waitFor({ timeout: 30_000 });
    const total = Number((await page.locator('.search-status').innerText()).match(/^(\d+) results/)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('.search-results > li').count()).toBe(10);
    // Results below the first screen stay placeholders until scrolled to.
    expect(await page.locator('.search-results > li[data-result-index="9"] a').count()).toBe(0);
    await page.getByRole('button', { name: 'Show more results' }).click();
    expect(await page.locator('.search-results > li').count()).toBe(Math.min(total, 20));
    await page.locator('.search-results > li[data-result-index="10"]').scrollIntoViewIfNeeded();
    await searchResult(page, 10).waitFor({ timeout: 30_000 });
  });

  let axePage: Page | undefined;
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with results shown, in the ${scheme} theme`, async () => {
      axePage ??= (await h.newPage({ bypassCSP: true })).page;
      const page = axePage;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${h.site.url}search/?q=export`);
      await searchResult(page, 1).waitFor({ timeout: 30_000 });
      await page.evaluate(axeSource);
      const { violations } = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        }),
      )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
      expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
});

/**
 * Issue 14: under Starlight's 135 KB on the same content. Measured 126 KB on 3 December 2026 (WebAssembly 58 KB,
 * one index chunk 33 KB, pagefind.js 12 KB, the site's search script 4 KB, two fragments 17 KB); it was 164 KB with
 * Pagefind's Component UI (38 KB of script and styles), and 243 KB before fragments lost notes and term previews.
 */
const SEARCH_BUDGET_KB = 135;

describe('search cost', () => {
  it(`one typical search downloads under ${SEARCH_BUDGET_KB} KB as a host serves it (brotli for scripts and styles; the index is already compressed)`, async () => {
    const { page } = await h.newPage();
    const files: { path: string; raw: number; served: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (!path.startsWith('/pagefind/') && !path.startsWith('/_search/')) return;
      pending.push(
        r.body().then((body) => {
          const gzipped = body[0] === 0x1f && body[1] === 0x8b;
          files.push({ path, raw: body.length, served: gzipped ? body.length : brotliCompressSync(body).length });
        }),
      );
    });
    await page.goto(`${h.site.url}search/?q=distillation`);
    await searchResult(page).waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const raw = files.reduce((n, f) => n + f.raw, 0);
    const served = files.reduce((n, f) => n + f.served, 0);
    console.log(
      `One search ("distillation" on /search/): ${files.length} files, ${(served / 1024).toFixed(1)} KB served (brotli), ${(raw / 1024).toFixed(1)} KB uncompressed\n  ` +
        files.map((f) => `${f.path} ${(f.served / 1024).toFixed(1)} KB`).join('\n  '),
    );
    // A fragment (a result's data) for each result drawn, and none for the placeholders below the first screen.
    const fragments = files.filter((f) => f.path.includes('/fragment/')).length;
    expect(fragments).toBeGreaterThan(0);
    expect(fragments).toBe(await page.locator('.search-results > li:not(.search-hit--loading)').count());
    expect(await page.locator('.search-results > li').count()).toBeGreaterThan(fragments);
    expect(served).toBeLessThan(SEARCH_BUDGET_KB * 1024);
  });
});
