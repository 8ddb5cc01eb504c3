/**
 * Figures are readable at every width: on every explainer in the sitemap, every visible piece of text inside
 * every figure (HTML and SVG alike) renders at 12 px or more on a 320 px screen and at no more than 18 px
 * (about the body size) on a 1280 px screen, and no figure is wider than a 320 px screen.
 * Quotations are <figure>s too, but they are reading text governed by the type scale, not figure labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../support/browser.ts';

const MIN_PX_AT_320 = 12;
const MAX_PX_AT_1280 = 18;
const FIGURES = 'article figure:not(:has(> blockquote))';

/** Explainer pages (/explainers/<slug>/, not their sub-pages), read from the built sitemap. */
function explainerPaths(): string[] {
  const sitemap = readFileSync(path.join(inject('distDir'), 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
}

interface TextSize { figure: string; text: string; px: number }
interface Overflow { figure: string; what: string; left: number; right: number; width: number }

/** Scrolls each figure into view (so interactive ones load and draw) and waits for the page to settle. */
async function visitFigures(page: Page): Promise<void> {
  for (const figure of await page.locator(FIGURES).all()) {
    await figure.scrollIntoViewIfNeeded();
    const controls = figure.locator('.island__controls');
    if (await controls.count()) await controls.first().waitFor({ state: 'visible', timeout: 30_000 });
  }
  await page.waitForLoadState('networkidle');
}

/** The rendered size of every visible text run in the page's figures. */
function measureText(page: Page): Promise<TextSize[]> {
  return page.evaluate((selector) => {
    const out: { figure: string; text: string; px: number }[] = [];
    // Hidden from sight: no boxes, visibility hidden, or clipped into a 1 px box (the .sr-only pattern).
    const hidden = (el: Element, stop: Element): boolean => {
      for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return true;
        const box = e.getBoundingClientRect();
        if (s.overflow !== 'visible' && (box.width <= 1 || box.height <= 1)) return true;
      }
      return el.getClientRects().length === 0;
    };
    for (const figure of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        const el = node.parentElement;
        if (!words || !el || el.closest('title, desc, style, script') || hidden(el, figure)) continue;
        let px = parseFloat(getComputedStyle(el).fontSize);
        // SVG text scales with its drawing: multiply by the scale of the user space to the screen.
        if (el instanceof SVGGraphicsElement) {
          const m = el.getScreenCTM();
          if (m) px *= Math.hypot(m.a, m.b);
        }
        out.push({ figure: figure.id || figure.className, text: words.slice(0, 50), px: Math.round(px * 10) / 10 });
      }
    }
    return out;
  }, FIGURES);
}

/** Anything inside a figure (the figure itself, elements, runs of text) that reaches past the screen or the figure's box. */
function measureOverflow(page: Page): Promise<Overflow[]> {
  return page.evaluate((selector) => {
    const out: { figure: string; what: string; left: number; right: number; width: number }[] = [];
    const width = document.documentElement.clientWidth;
    for (const figure of document.querySelectorAll(selector)) {
      const name = figure.id || figure.className;
      const frame = figure.getBoundingClientRect();
      const limit = { left: Math.max(0, frame.left) - 1, right: Math.min(width, frame.right) + 1 };
      const check = (what: string, r: DOMRect) => {
        if (r.width === 0 || r.height === 0) return;
        if (r.left < limit.left || r.right > limit.right) out.push({ figure: name, what, left: Math.round(r.left), right: Math.round(r.right), width });
      };
      check('the figure', frame);
      if (figure.scrollWidth > figure.clientWidth + 1) out.push({ figure: name, what: `scrolls sideways (${figure.scrollWidth} > ${figure.clientWidth})`, left: 0, right: figure.scrollWidth, width });
      for (const el of figure.querySelectorAll('*')) {
        if (el.closest('title, desc, .sr-only') || getComputedStyle(el).visibility === 'hidden') continue;
        check(`<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}>`, el.getBoundingClientRect());
      }
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!node.textContent?.trim() || !el || el.closest('title, desc, .sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        check(`text "${node.textContent.trim().slice(0, 40)}"`, range.getBoundingClientRect());
      }
    }
    return out;
  }, FIGURES);
}

const pages = explainerPaths();
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Each explainer at 1280 px, loaded once for both tests that read it there. */
let wide: Promise<{ path: string; figures: number; sizes: TextSize[] }[]> | undefined;
function wideLoads() {
  wide ??= (async () => {
    const { page } = await h.newPage({ viewport: { width: 1280, height: 900 } });
    const out: { path: string; figures: number; sizes: TextSize[] }[] = [];
    for (const p of pages) {
      await page.goto(new URL(p.slice(1), h.site.url).href);
      const figures = await page.locator(FIGURES).count();
      await visitFigures(page);
      out.push({ path: p, figures, sizes: await measureText(page) });
    }
    return out;
  })();
  return wide;
}

describe('figure legibility', () => {
  it('the sitemap lists the explainers, and each has a figure', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const loads = await wideLoads();
    expect(loads.length).toBe(pages.length);
    for (const { path: p, figures } of loads) expect(figures, p).toBeGreaterThan(0);
  });

  it(`on a 320 px screen, figure text is at least ${MIN_PX_AT_320} px and no figure overflows`, async () => {
    const { page } = await h.newPage({ viewport: { width: 320, height: 640 } });
    const small: string[] = [];
    const overflow: string[] = [];
    let measured = 0;
    for (const p of pages) {
      await page.goto(new URL(p.slice(1), h.site.url).href);
      await visitFigures(page);
      const sizes = await measureText(page);
      measured += sizes.length;
      small.push(...sizes.filter((s) => s.px < MIN_PX_AT_320).map((s) => `${p}#${s.figure} ${s.px}px "${s.text}"`));
      overflow.push(...(await measureOverflow(page)).map((o) => `${p}#${o.figure} ${o.what}: ${o.left}–${o.right} px (screen ${o.width})`));
    }
    expect(measured, 'text runs measured').toBeGreaterThan(100);
    expect(small).toEqual([]);
    expect(overflow).toEqual([]);
  });

  it(`on a 1280 px screen, figure text is at most ${MAX_PX_AT_1280} px`, async () => {
    const loads = await wideLoads();
    const large = loads.flatMap(({ path: p, sizes }) => sizes.filter((s) => s.px > MAX_PX_AT_1280).map((s) => `${p}#${s.figure} ${s.px}px "${s.text}"`));
    expect(loads.reduce((n, l) => n + l.sizes.length, 0), 'text runs measured').toBeGreaterThan(100);
    expect(large).toEqual([]);
  });
});
