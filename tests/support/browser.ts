/**
 * Chromium for browser tests, through playwright-core and the system's
 * Debian Chromium (never a downloaded browser). One browser per test file;
 * the built site is served from dist/ by a small static server.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { serveStatic, type StaticSite } from './static-server.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

export interface Harness {
  browser: Browser;
  site: StaticSite;
  /** A fresh page (own context) with the given options. */
  newPage(options?: Parameters<Browser['newContext']>[0]): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/** Starts Chromium and serves the built site; call in beforeAll, close in afterAll. */
export async function startHarness(options: { distDir?: string; base?: string } = {}): Promise<Harness> {
  const site = await serveStatic(options.distDir ?? inject('distDir'), options.base ?? '/');
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  return {
    browser,
    site,
    async newPage(contextOptions) {
      const context = await browser.newContext(contextOptions);
      contexts.push(context);
      const page = await context.newPage();
      // THROTTLE_CPU=4 runs every page four times slower, as on a slow machine: a race detector for these tests.
      const throttle = Number(process.env['THROTTLE_CPU'] ?? 1);
      if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
      return { page, context };
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await site.close();
    },
  };
}

/** Collects console errors and CSP violations on a page, to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/**
 * The link of the search result ranked `rank` (0 = top), on /search/ or, with container 'dialog.search-dialog', in
 * the header dialog. Each result is a placeholder until its data arrives, in whatever order the fetches finish,
 * so "the first link in the list" can be a lower-ranked hit.
 */
export function searchResult(page: Page, rank = 0, container = '.search-app'): Locator {
  return page.locator(`${container} [data-result-index="${rank}"] a.search-hit__link`);
}

/**
 * Holds the search dialog's code (/_search/dialog.js), as a first visit on a slow connection does, until the
 * returned function is called: for what a reader does while it loads.
 */
export async function holdSearchDialogCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_search/dialog.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The headers the build wrote for static hosts (dist/_headers), as one object. */
export function builtHeaders(distDir: string): Record<string, string> {
  const file = readFileSync(path.join(distDir, '_headers'), 'utf8');
  return Object.fromEntries(
    file.split('\n').filter((l) => /^\s+\S+:/.test(l)).map((l) => [l.trim().split(':')[0]!, l.trim().slice(l.trim().indexOf(':') + 1).trim()]),
  );
}

/**
 * Serves the build WITH its real headers (so the content-security policy applies as on a host) and records every
 * policy violation and console error on `page`. Close the returned site when done.
 */
export async function underBuiltPolicy(page: Page, distDir: string): Promise<{ site: StaticSite; headers: Record<string, string>; violations: string[]; errors: string[] }> {
  const headers = builtHeaders(distDir);
  const site = await serveStatic(distDir, '/', headers);
  const errors = watchErrors(page);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { site, headers, violations, errors };
}
