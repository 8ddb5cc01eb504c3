/** What a reader does, in Chromium: follow a quote to its source, search, use the contents and section links, cite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdSearchDialogCode, searchResult, startHarness, watchErrors, type Harness } from '../support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('reading', () => {
  it('home → explainer → a quote link lands on the quoted paragraph of the archived article', async () => {
    const { page } = await h.newPage();
    const errors = watchErrors(page);
    await page.goto(h.site.url);
    await page.getByRole('link', { name: /what was reported about the mythos case|mythos/i }).first().click();
    await page.waitForURL(/\/explainers\/mythos-reports\/$/);
    const quote = page.locator('figure.quote').first();
    const quoted = (await quote.locator('blockquote').innerText()).trim();
    await quote.locator('figcaption a').first().click();
    await page.waitForURL(/\/sources\/[^/]+\/#p-\d+$/);
    const target = page.locator(':target');
    await expect.poll(() => target.count()).toBe(1);
    expect((await target.innerText()).replace(/\s+/g, ' ')).toContain(quoted.replace(/\s+/g, ' '));
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
  });
});

describe('search', () => {
  // Opening the dialog by click and by "/", with results: tests/e2e/search.test.ts (header search dialog).
  it('a search that loads slowly does not pull focus back once the reader has tabbed on', async () => {
    const { page } = await h.newPage();
    // The search code is held until the reader has moved on.
    const release = await holdSearchDialogCode(page);
    await page.goto(`${h.site.url}explainers/mythos-reports/`);
    await page.getByRole('button', { name: 'Search the site' }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
    release();
    await page.waitForFunction(() => 'siteSearch' in window, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(focusedBefore);
    expect(await page.evaluate(() => !!document.querySelector('dialog[open]'))).toBe(false);
    // Still searchable: the next "/" opens the dialog.
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
  });

  it('/search/?q=distillation runs the query from the URL', async () => {
    const { page } = await h.newPage();
    const errors = watchErrors(page);
    await page.goto(`${h.site.url}search/?q=distillation`);
    const result = page.locator('.search-results a[href*="/explainers/distillation/"]').first();
    await result.waitFor({ timeout: 30_000 });
    expect(await page.locator('.search-status').innerText()).toMatch(/result/i);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('export controls');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('export controls');
    expect(errors).toEqual([]);
  });
});

// The theme picker, notes and terms opening in place: tests/e2e/reader-experience.test.ts.

describe('search, better than the anchors', () => {
  it('keyboard: "/" opens, arrow keys move through results, Enter opens, and the hit is highlighted on landing', async () => {
    const { page } = await h.newPage();
    await page.goto(h.site.url);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]')), { timeout: 30_000 }).toBe(true);
    await page.keyboard.type('export controls');
    // The results of the whole query (not of "export" typed on the way), then the top hit's data.
    await expect.poll(() => page.locator('dialog.search-dialog .search-status').innerText(), { timeout: 30_000 }).toMatch(/for “export controls”$/);
    const top = searchResult(page, 0, 'dialog.search-dialog');
    await top.waitFor({ timeout: 30_000 });
    const topPath = new URL((await top.getAttribute('href'))!, h.site.url).pathname;
    expect(topPath).toMatch(/^\/explainers\/[^/]+\/$/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-result-index]')?.getAttribute('data-result-index'))).toBe('0');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === topPath && url.searchParams.has('highlight'), { timeout: 30_000 });
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('filters by topic and kind are shown before typing, and stay in the address', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.site.url}search/?q=weights&topic=Weight+theft`);
    await searchResult(page).waitFor({ timeout: 30_000 });
    const hrefs = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href && !href.includes('#')).every((href) => href!.includes('/explainers/weight-theft/'))).toBe(true);
    const fresh = (await h.newPage({ viewport: { width: 1280, height: 800 } })).page;
    await fresh.goto(`${h.site.url}search/`);
    await expect.poll(async () => (await fresh.locator('.search-filters').innerText()).toLowerCase(), { timeout: 30_000 }).toMatch(/topic/);
    expect((await fresh.locator('.search-filters').innerText()).toLowerCase()).toMatch(/kind/);
  });

  it("each explainer's exact title, searched, returns that explainer first", async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.site.url}explainers/`);
    const explainers = await page.locator('.explainer-list__title a').evaluateAll((as) => as.map((a) => ({ title: a.textContent!.trim(), href: a.getAttribute('href')! })));
    expect(explainers.length).toBeGreaterThan(5);
    for (const { title, href } of explainers) {
      await page.goto(`${h.site.url}search/?q=${encodeURIComponent(title)}`);
      const first = searchResult(page);
      await first.waitFor({ timeout: 30_000 });
      expect((await first.getAttribute('href'))?.split(/[?#]/)[0], title).toBe(href);
    }
  });
});

describe('table of contents', () => {
  it('marks the section being read as the reader scrolls', async () => {
    const { page } = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${h.site.url}explainers/mythos-reports/`);
    const links = page.locator('.toc a');
    const last = (await links.count()) - 1;
    const targetId = decodeURIComponent((await links.nth(Math.min(3, last)).getAttribute('href'))!.slice(1));
    await page.locator(`[id="${targetId}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), targetId);
    await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe(`#${targetId}`);
  });

  it('each section heading has a permalink to itself, labelled for screen readers', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.site.url}explainers/mythos-reports/`);
    const wrapper = page.locator('.heading-wrapper').first();
    const id = await wrapper.locator('h2, h3').first().getAttribute('id');
    const link = wrapper.locator('a.heading-link');
    expect(await link.getAttribute('href')).toBe(`#${id}`);
    expect(await link.getAttribute('aria-label') ?? (await link.locator('.sr-only').innerText())).toMatch(/^Link to section: /);
    await link.focus();
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  });
});

describe('cite this page', () => {
  it('each style has a copy button that puts the citation on the clipboard', async () => {
    const { page, context } = await h.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.site.url).origin });
    await page.goto(`${h.site.url}explainers/distillation/`);
    const buttons = page.locator('section.cite button');
    expect(await buttons.count()).toBe(4);
    await buttons.nth(0).click();
    await expect.poll(() => buttons.nth(0).innerText()).toBe('Copied');
    // Announced without moving focus: the block's status region names what was copied.
    expect(await page.locator('section.cite [role="status"]').innerText()).toMatch(/^APA.* citation copied to the clipboard\.$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Model Security Explained\. \(\d{4}, \w+ \d{1,2}\)\. .+ https?:\/\/\S+\/explainers\/distillation\/$/);
    expect(copied).not.toContain('*');
  });

  it('citations are plain selectable text without JavaScript, and the copy buttons stay hidden', async () => {
    const { page } = await h.newPage({ javaScriptEnabled: false });
    await page.goto(`${h.site.url}explainers/distillation/`);
    expect(await page.locator('section.cite .cite__text').count()).toBe(4);
    expect(await page.locator('section.cite button').first().isVisible()).toBe(false);
  });
});
