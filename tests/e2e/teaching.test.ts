/**
 * The teaching kit in Chromium: the self-check quiz answers at once by mouse
 * and by keyboard and stores nothing; without JavaScript the answers are
 * revealed by <details>; each handout prints on at most three A4 pages (read
 * back with pdf.js); an answered quiz passes axe in light and dark (the teaching pages as loaded: the gates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, underBuiltPolicy, watchErrors, type Harness } from '../support/browser.ts';
import { bodyBackground, describeViolations, runAxe } from '../support/page-gates.ts';

const root = path.resolve(import.meta.dirname, '../..');
const slugs = readdirSync(path.join(root, 'content/teaching')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const slug = slugs.includes('weight-theft') ? 'weight-theft' : slugs[0]!;
const kit = parseYaml(readFileSync(path.join(root, 'content/teaching', `${slug}.yaml`), 'utf8')) as { quiz: { options: string[]; answer: string; section: string }[] };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const url = (p: string) => new URL(p.replace(/^\//, ''), h.site.url).href;

describe('self-check quiz', () => {
  it('says at once whether a clicked answer is right, with the explanation and section link, and keeps nothing', async () => {
    const { page, context } = await h.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url(`/explainers/${slug}/`));
    const q1 = page.locator('#quiz-1');
    const feedback = q1.locator('[role="status"]');
    await expect.poll(() => feedback.textContent()).toBe('');

    const right = kit.quiz[0]!.options.indexOf(kit.quiz[0]!.answer);
    const wrong = right === 0 ? 1 : 0;
    requests.length = 0;
    await q1.locator('label').nth(wrong).click();
    await expect.poll(() => feedback.textContent()).toMatch(/^Not quite: you chose [A-E]\. The answer is [A-E]:/);
    expect(await q1.locator('label').nth(wrong).getAttribute('data-verdict')).toBe('wrong');
    await q1.locator('label').nth(right).click();
    await expect.poll(() => feedback.textContent()).toMatch(/^Correct\. The answer is/);
    expect(await feedback.locator('a').getAttribute('href')).toBe(`#${kit.quiz[0]!.section}`);
    expect(await q1.locator('label').nth(right).getAttribute('data-verdict')).toBe('right');
    expect(await q1.locator('label').nth(wrong).getAttribute('data-verdict')).toBe('');
    // The reveal is no longer needed once the feedback shows.
    expect(await q1.locator('details').isVisible()).toBe(false);
    // No score is stored or sent: no request, no storage, no cookie.
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    expect((await context.cookies()).length).toBe(0);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: Tab to a question, arrows choose, the live region answers', async () => {
    const { page } = await h.newPage();
    await page.goto(url(`/explainers/${slug}/`));
    const q2 = page.locator('#quiz-2');
    // Focus the element just before question 2's radio group, then Tab into it.
    await page.locator('#quiz-1 summary').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('quiz-2');
    await page.keyboard.press('Space');
    const feedback = q2.locator('[role="status"]');
    await expect.poll(() => feedback.textContent()).toMatch(/^(Correct|Not quite)/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('B');
    const right = kit.quiz[1]!.options.indexOf(kit.quiz[1]!.answer);
    await expect.poll(() => feedback.textContent()).toMatch(right === 1 ? /^Correct\./ : /^Not quite: you chose B\./);
  });

  it('works under the site’s real content-security policy (its inline scripts are allowed by hash), on the explainer and the handout', async () => {
    const { page } = await h.newPage();
    const { site, headers, violations, errors } = await underBuiltPolicy(page, inject('distDir'));
    expect(headers['Content-Security-Policy']).toMatch(/script-src/);
    try {
      await page.goto(`${site.url}explainers/${slug}/`);
      await page.locator('#quiz-1 label').first().click();
      await expect.poll(() => page.locator('#quiz-1 [role="status"]').textContent()).toMatch(/^(Correct|Not quite)/);
      await page.goto(`${site.url}explainers/${slug}/handout/`);
      await expect.poll(() => page.locator('button[data-print]').isVisible()).toBe(true);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('without JavaScript, each answer is revealed by "Show the answer", with its explanation and section link', async () => {
    const { page } = await h.newPage({ javaScriptEnabled: false });
    await page.goto(url(`/explainers/${slug}/`));
    const questions = page.locator('fieldset[data-quiz-question]');
    expect(await questions.count()).toBe(kit.quiz.length);
    const q = questions.nth(2);
    const explanation = q.locator('[data-quiz-explanation]');
    expect(await explanation.isVisible()).toBe(false);
    await q.locator('summary').click();
    expect(await explanation.isVisible()).toBe(true);
    expect(await explanation.innerText()).toContain(kit.quiz[2]!.answer.slice(0, 30).replace(/'/g, '’'));
    await explanation.locator('a').click();
    expect(new URL(page.url()).hash).toBe(`#${kit.quiz[2]!.section}`);
    // Choosing an option without JavaScript is harmless: no feedback text appears by itself.
    await q.locator('label').first().click();
    expect(await q.locator('[role="status"]').textContent()).toBe('');
  });
});

async function pdfPages(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) texts.push((await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
  return { pages: doc.numPages, text: texts.join(' ').replace(/\s+/g, '') };
}

describe('student handouts', () => {
  // One page for all handouts (each a fresh load), with the reader's theme set to dark: print must still be light.
  let shared: Promise<Page> | undefined;
  const handoutPage = () =>
    (shared ??= h.newPage().then(async ({ page, context }) => {
      await context.addInitScript(() => localStorage.setItem('mse-theme', 'dark'));
      return page;
    }));

  it.each(slugs)('%s prints on at most three A4 pages, with its questions and address, without site controls', async (s) => {
    const page = await handoutPage();
    await page.emulateMedia({ media: 'screen' });
    await page.goto(url(`/explainers/${s}/handout/`));
    expect(await page.locator('button[data-print]').isVisible(), 'print button shown once the script runs').toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset['theme']), 'the reader chose dark').toBe('dark');
    await page.emulateMedia({ media: 'print' });
    const { pages, text } = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const squash = (t: string) => t.replace(/\s+/g, '').toLowerCase();
    const lower = text.toLowerCase();
    for (const kept of ['The short answer', 'Key terms', 'Questions to discuss', 'Activity', `/explainers/${s}/`]) expect(lower, kept).toContain(squash(kept));
    for (const dropped of ['Print this handout', 'Teacher notes', 'Dark theme']) expect(lower, dropped).not.toContain(squash(dropped));
  });
});

describe('accessibility of the teaching pages (axe-core)', () => {
  // Teacher notes, handouts and /educators/ as loaded: every page of the sitemap, in both themes at 375 and
  // 1280 px, is in tests/e2e/gates-phone.test.ts and gates-desktop.test.ts. Here, the state only a reader makes.
  it('an answered quiz (right and wrong states) has zero violations in the light and the dark theme', async () => {
    const { page } = await h.newPage({ colorScheme: 'light' });
    await page.goto(url(`/explainers/${slug}/`));
    await page.locator('#quiz-1 label').nth(0).click();
    await page.locator('#quiz-2 label').nth(1).click();
    await expect.poll(() => page.locator('#quiz-2 [role="status"]').textContent()).toMatch(/^(Correct|Not quite)/);
    await page.locator('#check-your-understanding').scrollIntoViewIfNeeded();
    const where = `/explainers/${slug}/ (quiz answered)`;
    const light = await runAxe(page);
    expect(light.passes).toBeGreaterThan(10);
    const lightBg = await bodyBackground(page);
    // Switched in place, so the answers stay chosen; the themes differ in colour only (see runAxe).
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bodyBackground(page)).not.toBe(lightBg);
    const dark = await runAxe(page, 'colour');
    expect(dark.rules).toContain('color-contrast');
    const problems = [...describeViolations(`${where} [light]`, light.violations), ...describeViolations(`${where} [dark]`, dark.violations)];
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
