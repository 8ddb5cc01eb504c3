/**
 * The gates run over every page of the build (tests/e2e/gates-phone.test.ts and gates-desktop.test.ts), as one
 * pass per page load: axe in the light theme, then in the dark theme, the page's width, and every request it makes.
 * Loading a page is cheap next to axe; what these helpers save is running the same checks on more loads than needed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Request } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[] }[] }
export interface AxeResult { violations: AxeViolation[]; passes: number; rules: string[] }

/**
 * Runs axe on the page as it is now. `only: 'colour'` runs the rules of the tag set that axe files under
 * `cat.color` (today color-contrast and link-in-text-block), the only ones whose result can change with the colour
 * scheme: the themes differ in colour tokens only (every token is light-dark(), code.css swaps colours), never in
 * markup, ARIA, sizes or layout, which is what every other rule reads. `within`: a selector to check only that part.
 */
export async function runAxe(page: Page, only?: 'colour', within?: string): Promise<AxeResult> {
  // page.evaluate is not subject to the page's content-security policy, so axe runs on the page as served.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return (await page.evaluate(
    ([tags, colourOnly, context]) => {
      type Rule = { id: string };
      type Axe = {
        getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
        run: (context: unknown, o: unknown) => Promise<{ violations: Rule[]; passes: Rule[]; incomplete: Rule[]; inapplicable: Rule[] }>;
      };
      const axe = (window as unknown as { axe: Axe }).axe;
      // The same selection either way (the tag set); the colour pass switches every other rule off.
      const off = colourOnly ? axe.getRules(tags).filter((r) => !r.tags.includes('cat.color')).map((r) => [r.ruleId, { enabled: false }]) : [];
      return axe.run(context ?? document, { runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(off) }).then((r) => ({
        violations: r.violations,
        passes: r.passes.length,
        rules: [...r.violations, ...r.passes, ...r.incomplete, ...r.inapplicable].map((x) => x.id),
      }));
    },
    [AXE_TAGS, only === 'colour', within] as const,
  )) as AxeResult;
}

export function describeViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${where} ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The page's body background: proves that a theme switch took effect before the dark pass runs. */
export function bodyBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/**
 * Records every request the page makes to another origin (data: and blob: URLs are local), for the whole life of
 * the page, with the address of the page that made it.
 */
export function watchForeignRequests(page: Page, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const foreign: string[] = [];
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${page.url()} → ${r.url()}`);
  });
  return foreign;
}

/** The document's width at each viewport width, resized within the current load (see the callers for when that is the same as loading at that width). */
export async function widthsOver(page: Page, widths: readonly number[], height: number): Promise<{ width: number; scrollWidth: number }[]> {
  const out: { width: number; scrollWidth: number }[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    out.push({ width, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) });
  }
  return out;
}

/**
 * Waits until no request of the page has been in flight for `quietMs` (the request events are counted from the
 * moment this is called): for code that loads on interaction, where the load event has long passed.
 */
export async function networkQuiet(page: Page, quietMs = 300, timeoutMs = 15_000): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = (): void => {
    inFlight += 1;
    lastChange = Date.now();
  };
  const ended = (): void => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs)) await new Promise((r) => setTimeout(r, 50));
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
