/**
 * The phone-first reader experience, in Chromium: a one-row header, the contents as a disclosure, notes and
 * terms that open in place (by tap and by keyboard), section links that copy, headings that land in view,
 * the three-state theme, no layout shift while an explainer loads. Screenshots of the main views are kept in
 * test-results/screenshots/ (not committed) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { searchResult, startHarness, watchErrors, type Harness } from '../support/browser.ts';
import { allPages } from '../support/dist.ts';

const explainers = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
const phone = { viewport: { width: 375, height: 740 } };
const touchPhone = { ...phone, hasTouch: true, isMobile: true };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const url = (p: string) => new URL(p.replace(/^\//, ''), h.site.url).href;

interface ExplainerLoad {
  path: string;
  width: number;
  shift: number;
  tocOpen: boolean;
  firstSectionTop: number;
  notes: { repeated: number; bareArrows: number; unlabelled: number };
}
let loads: Promise<ExplainerLoad[]> | undefined;
/**
 * Every explainer loaded once on a 375×740 phone and once on a 1280×800 desktop, fresh, measured as it loads
 * (layout shift) and then read (contents list, first section, notes). Shared by the tests that need those loads,
 * so each load serves all of them; whichever test runs first makes them.
 */
function explainerLoads(): Promise<ExplainerLoad[]> {
  loads ??= (async () => {
    const out: ExplainerLoad[] = [];
    for (const viewport of [phone.viewport, { width: 1280, height: 800 }]) {
      const { page } = await h.newPage({ viewport });
      for (const p of explainers) {
        await page.goto(url(p), { waitUntil: 'load' });
        // Late shifts (an island or a font arriving after load) need a moment to happen.
        await page.waitForTimeout(300);
        const shift = await layoutShift(page);
        const tocOpen = await page.locator('details.toc__details').evaluate((d) => (d as HTMLDetailsElement).open);
        const firstSectionTop = await page.locator('article .heading-wrapper h2').first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
        const notes = await page.evaluate(() => {
          let repeated = 0;
          for (const block of document.querySelectorAll('article p, article li')) {
            const hrefs = [...block.querySelectorAll(':scope > sup > a[data-footnote-ref], :scope > * > sup > a[data-footnote-ref]')].map((a) => a.getAttribute('href'));
            repeated += hrefs.length - new Set(hrefs).size;
          }
          const backs = [...document.querySelectorAll('section.footnotes a[data-footnote-backref]')];
          return {
            repeated,
            bareArrows: backs.filter((a) => a.textContent?.trim() === '↩').length,
            unlabelled: [...document.querySelectorAll('section.footnotes li')].filter((li) => li.querySelectorAll('a[data-footnote-backref]').length > 0 && !/Back to text/.test(li.textContent ?? '')).length,
          };
        });
        out.push({ path: p, width: viewport.width, shift, tocOpen, firstSectionTop, notes });
      }
    }
    return out;
  })();
  return loads;
}

describe('header', () => {
  it('is one row, at most 80 px tall on a 375 px phone, with a menu button that opens the navigation', async () => {
    const { page } = await h.newPage(phone);
    for (const p of ['/', explainers[0]!, '/glossary/', '/search/']) {
      await page.goto(url(p));
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height, p).toBeLessThanOrEqual(80);
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    for (const name of ['Explainers', 'Educators', 'Glossary', 'Sources', 'About']) expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
  });

  it('shows the navigation in the row on a desktop, with Educators in it', async () => {
    const { page } = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url('/'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Educators' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(80);
  });
});

describe('explainer on a phone', () => {
  it('starts its first section within two screens of a 375×740 phone, the contents list collapsed', async () => {
    for (const v of (await explainerLoads()).filter((x) => x.width === phone.viewport.width)) {
      expect(v.tocOpen, v.path).toBe(false);
      expect(v.firstSectionTop, v.path).toBeLessThan(2 * 740);
    }
  });

  it('opens the contents list on a wide screen before first paint', async () => {
    const { page } = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { tocOpen: boolean }).tocOpen = (document.querySelector('details.toc__details') as HTMLDetailsElement | null)?.open ?? false;
      });
    });
    await page.goto(url(explainers[0]!));
    expect(await page.evaluate(() => (window as unknown as { tocOpen: boolean }).tocOpen)).toBe(true);
    expect(await page.locator('.toc__list a').first().isVisible()).toBe(true);
  });

  it('does not shift its layout while it loads, on a phone or a desktop', async () => {
    const loads = await explainerLoads();
    expect(loads.length).toBe(explainers.length * 2);
    for (const v of loads) expect(v.shift, `${v.path} at ${v.width} px`).toBe(0);
  });
});

describe('notes and terms open in place', () => {
  async function firstNote(page: Page) {
    await page.goto(url('/explainers/mythos-reports/'));
    const ref = page.locator('article a[data-footnote-ref]').first();
    const noteId = decodeURIComponent((await ref.getAttribute('href'))!.slice(1));
    const noteText = (await page.locator(`[id="${noteId}"]`).innerText()).replace(/↩ Back to text.*$/s, '').trim();
    return { ref, noteText };
  }

  it('a tapped note marker opens its note beside the text, without leaving the paragraph', async () => {
    const { page } = await h.newPage(touchPhone);
    const errors = watchErrors(page);
    const { ref, noteText } = await firstNote(page);
    await ref.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => scrollY);
    await ref.tap();
    const peek = page.getByRole('dialog');
    await expect.poll(() => peek.isVisible()).toBe(true);
    expect((await peek.innerText()).replace(/\s+/g, ' ')).toContain(noteText.slice(0, 60).replace(/\s+/g, ' '));
    expect(page.url()).not.toContain('#');
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(50);
    // On a phone it is a sheet along the bottom edge, inside the screen.
    const box = (await peek.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.y + box.height).toBeLessThanOrEqual(741);
    await peek.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => peek.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('by keyboard: Enter opens the note, focus moves into it, Escape closes it and focus returns to the marker', async () => {
    const { page } = await h.newPage({ viewport: { width: 1280, height: 800 } });
    const { ref, noteText } = await firstNote(page);
    await ref.focus();
    await page.keyboard.press('Enter');
    const peek = page.getByRole('dialog');
    await expect.poll(() => peek.isVisible()).toBe(true);
    expect(await peek.innerText()).toContain(noteText.slice(0, 40));
    expect(await page.evaluate(() => document.activeElement?.closest('.peek') !== null)).toBe(true);
    expect(await peek.getByRole('link', { name: /Go to note \d+/ }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => peek.isVisible()).toBe(false);
    expect(await ref.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('a glossary term opens its definition in place by tap and by keyboard, with a link on to the glossary', async () => {
    const { page } = await h.newPage(touchPhone);
    await page.goto(url('/explainers/weight-theft/'));
    const term = page.locator('article a.term').first();
    const definition = (await page.locator(`[id="${await term.getAttribute('aria-describedby')}"] [data-definition]`).textContent())!.trim();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const peek = page.getByRole('dialog');
    await expect.poll(() => peek.isVisible()).toBe(true);
    expect(await peek.innerText()).toContain(definition.slice(0, 50));
    expect(page.url()).toMatch(/\/explainers\/weight-theft\/$/);
    expect(await peek.getByRole('link', { name: 'Open in the glossary' }).getAttribute('href')).toMatch(/\/glossary\/#term-/);
    await page.keyboard.press('Escape');
    await expect.poll(() => peek.isVisible()).toBe(false);
    await term.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => peek.isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/explainers\/weight-theft\/$/);
  });

  it('notes end in one labelled way back to the text, and no paragraph repeats a marker', async () => {
    const loads = await explainerLoads();
    expect(loads.length).toBe(explainers.length * 2);
    for (const { path: p, width, notes } of loads) expect({ p, width, ...notes }).toEqual({ p, width, repeated: 0, bareArrows: 0, unlabelled: 0 });
  });
});

describe('section links', () => {
  it('copy the section’s full address, say so, and are visible on a touch screen without hovering', async () => {
    const { page, context } = await h.newPage(touchPhone);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.site.url).origin });
    await page.goto(url('/explainers/distillation/'));
    const wrapper = page.locator('article .heading-wrapper').nth(1);
    const id = await wrapper.locator('h2, h3').first().getAttribute('id');
    const link = wrapper.locator('a.heading-link');
    expect(Number(await link.evaluate((el) => getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    await link.tap();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${url('/explainers/distillation/')}#${id}`);
    const status = page.getByRole('status').filter({ hasText: /copied/ });
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.innerText()).toMatch(/Link to “.+” copied/);
  });

  it('land with the heading in view below the sticky header, and highlighted', async () => {
    const { page } = await h.newPage(phone);
    await page.goto(url('/explainers/export-controls/'));
    const id = await page.locator('article .heading-wrapper h2').nth(2).getAttribute('id');
    await page.goto(url(`/explainers/export-controls/#${id}`));
    const heading = page.locator(`[id="${id}"]`);
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(
      await page.locator('.site-header').evaluate((el) => Math.round(el.getBoundingClientRect().bottom)),
    );
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    expect(await heading.evaluate((el) => getComputedStyle(el).animationName)).toBe('target-flash');
  });
});

describe('theme', () => {
  it('offers Auto, Light and Dark, shows the active one, remembers it and applies it before paint', async () => {
    const { page } = await h.newPage({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
    await page.goto(url('/'));
    const select = page.getByRole('combobox', { name: 'Theme' });
    expect(await select.inputValue()).toBe('auto');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await select.selectOption('dark');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string | undefined }).themeAtParse = document.documentElement.dataset['theme'];
      });
    });
    await page.goto(url('/glossary/'));
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(lightBg);
  });
});

describe('screenshots for review', () => {
  it('keeps home, an explainer, search and a figure at 375 and 1280 px in light and dark', async () => {
    const dir = path.resolve('test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    let taken = 0;
    for (const width of [375, 1280]) {
      const height = width < 800 ? 740 : 900;
      const { page } = await h.newPage({ viewport: { width, height }, colorScheme: 'light' });
      // One load per view, shot in light and then in dark (the theme follows the system setting live).
      const both = async (name: string, clip?: { x: number; y: number; width: number; height: number }) => {
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.screenshot({ path: path.join(dir, `${name}-${width}-${scheme}.png`), animations: 'disabled', ...(clip ? { clip } : {}) });
          taken += 1;
        }
      };
      for (const [name, p] of [['home', '/'], ['explainer', '/explainers/weight-theft/'], ['search', '/search/?q=weights']] as const) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(url(p));
        if (name === 'search') await searchResult(page, 0).waitFor({ timeout: 30_000 });
        await both(name);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url('/explainers/weight-theft/'));
      const figure = page.locator('article figure:not(.quote)').first();
      await figure.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const box = (await figure.boundingBox())!;
      const y = Math.max(0, box.y - 16);
      await both('figure', { x: 0, y, width, height: Math.min(box.height + 32, height - y) });
    }
    expect(taken).toBe(16);
  });
});

/** The page's cumulative layout shift so far (buffered "layout-shift" entries, ignoring those after input). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(Math.round(total * 1000) / 1000), 100);
      }),
  );
}
