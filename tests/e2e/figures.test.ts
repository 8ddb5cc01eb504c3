/**
 * The three interactive figures, driven in Chromium as a reader would: each
 * loads its script only when scrolled to, answers real input from the
 * keyboard, refuses bad input with a message, and falls back to a static
 * worked example without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, watchErrors, type Harness } from '../support/browser.ts';
import { bodyBackground, describeViolations, runAxe } from '../support/page-gates.ts';
import { agreementCurve, summarise } from '../../src/lib/distillation-sim.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Opens a page at the top and records requests for figure scripts. */
async function openAtTop(path: string) {
  const { page } = await h.newPage({ viewport: { width: 1000, height: 700 } });
  const errors = watchErrors(page);
  const figureRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_figures/')) figureRequests.push(r.url());
  });
  await page.goto(`${h.site.url}${path}`);
  await page.waitForLoadState('networkidle');
  return { page, errors, figureRequests };
}

async function scrollTo(page: Page, id: string) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.locator(`#${id} .island__controls`).waitFor({ state: 'visible', timeout: 30_000 });
}

describe('distillation simulator', () => {
  it('loads on view, and reruns the experiment for the budget and temperature chosen with the keyboard', async () => {
    const { page, errors, figureRequests } = await openAtTop('explainers/distillation/');
    expect(figureRequests, 'nothing loads before the figure is near').toEqual([]);
    await scrollTo(page, 'distillation-simulator');
    expect(figureRequests).toHaveLength(1);
    expect(figureRequests[0]).toMatch(/\/_figures\/distillation-simulator\.js$/);

    const summary = page.locator('#distillation-simulator [data-summary]');
    const range = page.getByRole('slider', { name: /query budget/i });
    await range.focus();
    await page.keyboard.press('ArrowRight'); // 8 → 16
    await page.keyboard.press('ArrowRight'); // → 32
    const soft = agreementCurve(4);
    const hard = agreementCurve(0);
    await expect.poll(() => summary.innerText()).toBe(summarise(4, 32, soft, hard));
    expect(await range.getAttribute('aria-valuetext')).toBe('32 queries');

    await page.getByRole('radio', { name: /^hard labels \(top class only\)/i }).check();
    await expect.poll(() => summary.innerText()).toBe(summarise(0, 32, hard, hard));
    const desc = page.locator('#distillation-simulator desc');
    expect(await desc.textContent()).not.toMatch(/temperature/);
    await page.getByRole('radio', { name: 'Soft targets, T = 1' }).check();
    await expect.poll(() => desc.textContent()).toMatch(/soft targets at temperature 1:/);
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    expect(errors).toEqual([]);
  });
});

describe('Form 8-K deadline calculator', () => {
  it('counts four business days over a holiday and a weekend, and shows each counted day', async () => {
    const { page, errors, figureRequests } = await openAtTop('explainers/sec-disclosure/');
    expect(figureRequests).toEqual([]);
    await scrollTo(page, 'deadline-calculator');
    const input = page.getByRole('textbox', { name: /determined the incident was material/i });
    await input.fill('2026-11-24');
    await input.press('Enter');
    const output = page.locator('#deadline-calculator .island__output');
    await expect.poll(() => output.innerText()).toContain('file the Form 8-K by Tuesday 1 December 2026');
    const days = await output.locator('li').allInnerTexts();
    expect(days).toEqual([
      'Wednesday 25 November 2026: business day 1',
      'Thursday 26 November 2026: not counted: Thanksgiving Day',
      'Friday 27 November 2026: business day 2',
      'Saturday 28 November 2026: not counted: Saturday',
      'Sunday 29 November 2026: not counted: Sunday',
      'Monday 30 November 2026: business day 3',
      'Tuesday 1 December 2026: business day 4',
    ]);
    expect(errors).toEqual([]);
  });

  it('answers bad input with a message and no date', async () => {
    const { page } = await openAtTop('explainers/sec-disclosure/');
    await scrollTo(page, 'deadline-calculator');
    const input = page.getByRole('textbox', { name: /determined the incident was material/i });
    const error = page.locator('#deadline-calculator .island__error');
    const output = page.locator('#deadline-calculator .island__output');
    for (const [value, message] of [['2026-02-30', /does not exist/], ['', /Enter the date/], ['1999-05-05', /18 December 2023/], ['2090-01-01', /2040 or earlier/]] as const) {
      await input.fill(value);
      await input.press('Enter');
      await expect.poll(() => error.innerText()).toMatch(message);
      expect(await output.innerText()).toBe('');
      expect(await input.getAttribute('aria-invalid')).toBe('true');
    }
    await input.fill('2026-07-02');
    await input.press('Enter');
    await expect.poll(() => output.innerText()).toContain('Thursday 9 July 2026');
    expect(await error.isVisible()).toBe(false);
  });
});

describe('training-compute explorer', () => {
  it('estimates compute from written-out numbers and places it against both thresholds', async () => {
    const { page, errors, figureRequests } = await openAtTop('explainers/export-controls/');
    expect(figureRequests).toEqual([]);
    await scrollTo(page, 'compute-explorer');
    await page.getByRole('textbox', { name: 'Parameters' }).fill('2T');
    const tokens = page.getByRole('textbox', { name: 'Training tokens' });
    await tokens.fill('2e13');
    await tokens.press('Enter');
    const output = page.locator('#compute-explorer .island__output');
    await expect.poll(() => output.innerText()).toMatch(/2 trillion parameters × 20 trillion tokens × 6 ≈ 2\.4 × 10\s?26 operations/);
    expect(await output.innerText()).toContain('0.4 orders of magnitude (about 2.4 times) above the threshold');
    expect(await page.locator('#compute-explorer desc').textContent()).toMatch(/2\.4 times 10 to the power 26/);

    await page.getByRole('textbox', { name: 'Parameters' }).fill('lots');
    await tokens.press('Enter');
    await expect.poll(() => page.locator('#compute-explorer .island__error').innerText()).toMatch(/not a number we can read/);
    expect(await output.innerText()).toBe('');
    expect(errors).toEqual([]);
  });
});

const FIGURES = [
  ['explainers/distillation/', 'distillation-simulator'],
  ['explainers/sec-disclosure/', 'deadline-calculator'],
  ['explainers/export-controls/', 'compute-explorer'],
] as const;

describe('each figure, once interactive', () => {
  it('has zero axe violations in light and dark, including an error state', async () => {
    const problems: string[] = [];
    const { page } = await h.newPage({ colorScheme: 'light' });
    for (const [path, id] of FIGURES) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${h.site.url}${path}`);
      await scrollTo(page, id);
      const text = page.locator(`#${id} input[type="text"]`).first();
      if (await text.count()) {
        await text.fill('nonsense');
        await text.press('Enter');
        await page.locator(`#${id} .island__error`).waitFor({ state: 'visible' });
      }
      // Every rule in light; then dark, switched in place so the error state stays, with the colour rules (see runAxe).
      const light = await runAxe(page, undefined, `#${id}`);
      expect(light.passes, id).toBeGreaterThan(5);
      const lightBg = await bodyBackground(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await bodyBackground(page), id).not.toBe(lightBg);
      const dark = await runAxe(page, 'colour', `#${id}`);
      expect(dark.rules, id).toContain('color-contrast');
      problems.push(...describeViolations(`${path}#${id} [light]`, light.violations), ...describeViolations(`${path}#${id} [dark]`, dark.violations));
    }
    expect(problems).toEqual([]);
  });

  it('fits a 320 px screen with its controls showing', async () => {
    const { page } = await h.newPage({ viewport: { width: 320, height: 640 } });
    for (const [path, id] of FIGURES) {
      await page.goto(`${h.site.url}${path}`);
      await scrollTo(page, id);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box!.x + box!.width, path).toBeLessThanOrEqual(320);
    }
  });
});

describe('without JavaScript', () => {
  it('each figure shows its static worked example and no dead controls', async () => {
    const { page } = await h.newPage({ javaScriptEnabled: false });
    const cases = [
      ['explainers/distillation/', 'distillation-simulator', /After 8 queries/],
      ['explainers/sec-disclosure/', 'deadline-calculator', /file the Form 8-K by Thursday 9 July 2026/],
      ['explainers/export-controls/', 'compute-explorer', /70 billion parameters × 15 trillion tokens × 6/],
    ] as const;
    for (const [path, id, example] of cases) {
      await page.goto(`${h.site.url}${path}`);
      expect(await page.locator(`#${id}`).innerText(), path).toMatch(example);
      expect(await page.locator(`#${id} .island__controls`).isVisible(), path).toBe(false);
    }
  });
});
