/**
 * Printing an explainer gives a clean handout: Chromium prints it to PDF and
 * the PDF's own text is checked (read back with pdf.js), plus its page count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startHarness, type Harness } from '../support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: doc.numPages, text: texts.join(' ').replace(/\s+/g, ' ') };
}

describe('printable handout', () => {
  it('prints the distillation explainer to PDF with its content and without the site’s controls', async () => {
    const { page, context } = await h.newPage();
    // A reader who chose the dark theme still gets a light handout.
    await context.addInitScript(() => localStorage.setItem('mse-theme', 'dark'));
    await page.goto(`${h.site.url}explainers/distillation/`);
    const quote = (await page.locator('figure.quote blockquote').first().innerText()).replace(/\s+/g, ' ').trim();
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');

    const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    // A link whose text is its own address (the notes) is not printed twice.
    expect(text).not.toContain('https://arxiv.org/abs/1503.02531 (https://arxiv.org/abs/1503.02531)');
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(30);
    // Kept: title, short answer, a figure caption, the code, a seed quote, the notes, the citation, link targets.
    // PDF text may split ligatures ("fi rst") and keeps CSS capitals: compare without spaces or case.
    const squash = (t: string) => t.replace(/\s+/g, '').toLowerCase();
    for (const kept of [
      'Distillation: copying a model through its answers',
      'The short answer',
      'How a distillation attack works',
      'def distillation_loss',
      quote.slice(0, 60),
      'Notes and sources',
      'Cite this page',
      'https://arxiv.org/abs/1503.02531',
      // A link within the site prints its whole address: a path alone is no use on paper.
      `Model weight theft (${origin}/explainers/weight-theft/)`,
    ]) {
      expect(squash(text), kept).toContain(squash(kept));
    }
    // Dropped: the header (search, navigation, theme button), the contents list, copy buttons, the pager.
    for (const dropped of ['On this page', 'Dark theme', 'Previous:', 'Next:']) {
      expect(squash(text), dropped).not.toContain(squash(dropped));
    }
    for (const hidden of ['.site-header', '.toc', '.cite__copy', '.pager']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
  });
});
