/**
 * Site-wide quality gates of the real build, in Chromium: content-security policy (no violations, served as a real
 * header), pages without JavaScript, keyboard order, and the site under a base path. The gates over every page
 * (axe in light and dark, no sideways scrolling, privacy) are in gates-phone.test.ts and gates-desktop.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { searchResult, startHarness, underBuiltPolicy, watchErrors, type Harness } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { allPages } from '../support/dist.ts';
import { watchForeignRequests } from '../support/page-gates.ts';
import { checkLinks } from '../../src/lib/link-check.ts';
import { readBuiltSite } from '../../src/integrations/link-check.ts';

const pages = allPages();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('content-security policy', () => {
  it('search and every interactive figure work under the _headers policy with no CSP violation or console error', async () => {
    const { page } = await h.newPage();
    const { site, headers, violations, errors } = await underBuiltPolicy(page, inject('distDir'));
    // Privacy while searching and using every figure (what loads on use); page loads: gates-phone and gates-desktop.
    const foreign = watchForeignRequests(page, site.url);
    expect(headers['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(headers['Content-Security-Policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers['Content-Security-Policy']).not.toMatch(/style-src[^;]*'unsafe-inline'/); // no inline styles anywhere (tests/build/page-styles.test.ts)
    try {
      await page.goto(`${site.url}search/?q=distillation`);
      await searchResult(page).waitFor({ timeout: 30_000 });
      await page.goto(`${site.url}explainers/mythos-reports/`);
      await page.keyboard.press('/');
      await page.locator('dialog.search-dialog input').waitFor({ timeout: 30_000 });
      await page.keyboard.type('export');
      await searchResult(page, 0, 'dialog.search-dialog').waitFor({ timeout: 30_000 });
      await page.keyboard.press('Escape');
      await page.locator('a.term').first().focus();
      // Each figure loads its own script when scrolled to, then answers input.
      const figures = [
        ['explainers/distillation/', 'distillation-simulator', async () => page.getByRole('radio', { name: /^hard labels \(top class only\)/i }).check(), /hard labels agrees/],
        ['explainers/sec-disclosure/', 'deadline-calculator', async () => { await page.getByRole('textbox', { name: /material/ }).fill('2026-12-23'); await page.keyboard.press('Enter'); }, /Wednesday 30 December 2026/],
        ['explainers/export-controls/', 'compute-explorer', async () => { await page.getByRole('textbox', { name: 'Parameters' }).fill('1T'); await page.keyboard.press('Enter'); }, /1 trillion parameters/],
      ] as const;
      for (const [path, id, act, answer] of figures) {
        await page.goto(`${site.url}${path}`);
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.locator(`#${id} .island__controls`).waitFor({ state: 'visible', timeout: 30_000 });
        await act();
        await expect.poll(() => page.locator(`#${id}`).innerText(), { timeout: 30_000 }).toMatch(answer);
      }
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('without JavaScript', () => {
  it('every explainer, source and glossary page reads completely; navigation works; /search/ shows its fallback', async () => {
    const { page } = await h.newPage({ javaScriptEnabled: false });
    const reading = pages.filter((p) => /^\/(explainers|sources)\/[^/]+\/$|^\/glossary\/$/.test(p));
    expect(reading.length).toBeGreaterThan(6);
    for (const p of reading) {
      await page.goto(new URL(p.replace(/^\//, ''), h.site.url).href);
      expect(await page.locator('h1').isVisible(), p).toBe(true);
      // The last paragraph a reader sees: text inside a closed disclosure (a source's technical details) is not shown.
      const last = page.locator('main p:not(details:not([open]) p)').last();
      expect(await last.isVisible(), `${p}: last paragraph visible`).toBe(true);
      if (p.startsWith('/explainers/')) {
        expect(await page.locator('figure.quote').count(), p).toBeGreaterThan(0);
        expect(await page.locator('section.footnotes li').count(), p).toBeGreaterThan(0);
      }
    }
    await page.goto(h.site.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(/\/glossary\/$/);
    await page.goto(`${h.site.url}search/`);
    expect(await page.getByRole('heading', { name: 'All explainers' }).isVisible()).toBe(true);
    expect(await page.locator('.explainer-list a[href*="/explainers/"]').count()).toBeGreaterThan(5);
    await page.goto(h.site.url);
    await page.getByRole('button', { name: 'Search the site' }).click();
    await page.waitForURL(/\/search\/\?q=$/);
    await page.getByRole('searchbox').fill('distillation');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=distillation$/);
  });
});

describe('keyboard', () => {
  it('tabbing through a full explainer keeps focus visible and in document order', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.site.url}explainers/mythos-reports/`);
    const seen: { outline: string; visible: boolean; label: string }[] = [];
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // Order is judged against the element focused before, not by a global index: the search box
        // upgrades itself on focus and inserts elements, which would shift every index after it.
        const w = window as unknown as { lastFocus?: Element };
        const before = w.lastFocus;
        const backwards = !!before && before.isConnected && before !== el && !!(before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
        w.lastFocus = el;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          backwards,
          // Pagefind's search input shows focus with a box-shadow ring instead of an outline: both count.
          outline: style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : `${style.outlineStyle} ${style.outlineWidth}`,
          visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
          label: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 40)}`,
        };
      });
      if (!info || info.backwards) break; // wrapped around to the top
      seen.push(info);
    }
    expect(seen.length, seen.map((x) => x.label).join(' | ')).toBeGreaterThan(20);
    const invisible = seen.filter((s) => !s.visible || s.outline.startsWith('none') || s.outline.endsWith(' 0px'));
    expect(invisible.map((s) => `${s.label}: ${s.outline}`)).toEqual([]);
    // The search button comes early: after the skip link, the site links and the theme control.
    expect(seen.slice(0, 10).some((s) => s.label.startsWith('BUTTON Search'))).toBe(true);
  });
});

describe('base path', () => {
  it('the site built under a base path passes the link gate', async () => {
    const base = inject('basePath');
    const { pages: built, assets } = readBuiltSite(inject('baseDistDir'), base);
    expect(checkLinks(built, { site: new URL('https://model-security-explained.example.org'), assets })).toEqual([]);
    expect(built.every((p) => p.path.startsWith(base))).toBe(true);
  });

  it('navigation, quote links, search, an interactive figure and assets work under the base path', async () => {
    const base = inject('basePath');
    const site = await serveStatic(inject('baseDistDir'), base);
    const { page } = await h.newPage();
    const errors = watchErrors(page);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    try {
      await page.goto(site.url);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui/);
      await page.getByRole('link', { name: /mythos/i }).first().click();
      await page.waitForURL(new RegExp(`${base}explainers/mythos-reports/$`));
      await page.locator('figure.quote figcaption a').first().click();
      await page.waitForURL(new RegExp(`${base}sources/[^/]+/#p-\\d+$`));
      await page.goto(`${site.url}search/?q=distillation`);
      const hit = searchResult(page);
      await hit.waitFor({ timeout: 30_000 });
      expect(await hit.getAttribute('href')).toMatch(new RegExp(`^${base}`));
      await page.goto(`${site.url}explainers/sec-disclosure/`);
      await page.locator('#deadline-calculator').scrollIntoViewIfNeeded();
      await page.locator('#deadline-calculator .island__controls').waitFor({ state: 'visible', timeout: 30_000 });
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
