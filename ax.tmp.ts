import { readFileSync, readdirSync } from 'node:fs';
import { launchBrowser } from './tests/support/browser.ts';
import { serveStatic } from './tests/support/static-server.ts';
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const site = await serveStatic('dist', '/');
const browser = await launchBrowser();
const scheme = (process.argv[2] ?? 'dark') as 'dark' | 'light';
const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
const page = await context.newPage();
await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 2 });
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => '/' + f.replace(/index\.html$/, ''));
for (const p of pages) {
  const t0 = Date.now();
  await page.goto(new URL(p.replace(/^\//, ''), site.url).href);
  const t1 = Date.now();
  await page.evaluate(axeSource);
  const r = await page.evaluate(() => (window as any).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }).then((r: any) => r.violations.length));
  console.log(p.padEnd(50), 'goto', t1 - t0, 'axe', Date.now() - t1, 'violations', r);
}
await browser.close(); await site.close();
