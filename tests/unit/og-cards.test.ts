/**
 * The Open Graph card integration on its own, with its real worker pool: it draws each card listed in
 * /og/cards.json, removes the list, reuses unchanged cards from the cache, draws the explainers' cards into
 * the cache while the pages compile (only in `astro build`), and fails naming the explainer whose card
 * cannot be drawn.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ogCards } from '../../src/integrations/og-cards.ts';
import { cardCacheKey } from '../../src/integrations/og-cache.ts';
import { explainerOgSvg } from '../../src/lib/og-image.ts';

const root = path.resolve(import.meta.dirname, '../..');
const card = (title: string) => explainerOgSvg({ title, description: 'A description long enough to wrap onto a second line of the card, as real ones do.', topic: 'the-case' }, 'example.org');

/** Runs a test in a fresh temporary folder, removed afterwards whatever happens. */
async function inTempDir(test: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'og-cards-'));
  try {
    await test(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Hooks = Required<AstroIntegration['hooks']>;
const logs: string[] = [];
const logger = { info: (m: string) => logs.push(m) } as never;

/**
 * Runs the integration's hooks the way `astro build` does, over an output folder holding the given cards. With
 * `explainersDir`, the integration reads those explainers' frontmatter as the build starts.
 */
async function build(outDir: string, cacheDir: string, jobs: { slug: string; svg: string }[], options: { explainersDir?: string; command?: string } = {}) {
  mkdirSync(path.join(outDir, 'og'), { recursive: true });
  writeFileSync(path.join(outDir, 'og', 'cards.json'), JSON.stringify(jobs));
  const hooks = ogCards(options.explainersDir ? { explainersDir: options.explainersDir } : {}).hooks as Hooks;
  const dir = pathToFileURL(`${outDir}/`);
  await (hooks['astro:config:setup'] as (o: unknown) => unknown)({ command: options.command ?? 'build' });
  await (hooks['astro:config:done'] as (o: unknown) => unknown)({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${cacheDir}/`), site: 'https://example.org' } });
  await (hooks['astro:build:start'] as (o: unknown) => unknown)({ logger });
  await (hooks['astro:build:generated'] as (o: unknown) => unknown)({ dir, logger });
  await (hooks['astro:build:done'] as (o: unknown) => unknown)({ dir, logger });
}

/** An explainer file with just the frontmatter a card is drawn from. */
function writeExplainer(dir: string, slug: string, title: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${slug}.mdx`), `---\ntitle: "${title}"\ndescription: "A description long enough to wrap onto a second line of the card, as real ones do."\ntopic: the-case\n---\n\nBody.\n`);
}

describe('og-cards integration', () => {
  it('draws every listed card as a PNG, removes the list, and reuses unchanged cards on the next build', () =>
    inTempDir(async (tmp) => {
      const jobs = [{ slug: 'one', svg: card('The first explainer title') }, { slug: 'two', svg: card('The second explainer title') }];
      await build(path.join(tmp, 'dist'), path.join(tmp, 'cache'), jobs);
      for (const { slug, svg } of jobs) {
        const png = readFileSync(path.join(tmp, 'dist', 'og', `${slug}.png`));
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
        expect(existsSync(path.join(tmp, 'cache', 'og-cards', `${cardCacheKey(svg)}.png`))).toBe(true);
      }
      expect(existsSync(path.join(tmp, 'dist', 'og', 'cards.json'))).toBe(false);
      expect(logs.at(-1)).toBe('2 Open Graph cards: 0 drawn while the pages compiled, 2 after the pages, 0 unchanged and reused');

      // A rebuild where one card's text changed: that one is drawn, the other copied.
      rmSync(path.join(tmp, 'dist'), { recursive: true });
      await build(path.join(tmp, 'dist'), path.join(tmp, 'cache'), [jobs[0]!, { slug: 'two', svg: card('The second title, edited') }]);
      expect(logs.at(-1)).toBe('2 Open Graph cards: 0 drawn while the pages compiled, 1 after the pages, 1 unchanged and reused');
      expect(readFileSync(path.join(tmp, 'dist', 'og', 'one.png')).equals(readFileSync(path.join(tmp, 'cache', 'og-cards', `${cardCacheKey(jobs[0]!.svg)}.png`)))).toBe(true);
    }));

  it("draws the explainers' cards into the cache while the pages compile; a card that came out differently is drawn after the pages", () =>
    inTempDir(async (tmp) => {
      const explainersDir = path.join(tmp, 'explainers');
      writeExplainer(explainersDir, 'one', 'The first explainer title');
      writeExplainer(explainersDir, 'two', 'The second explainer title');
      // The route's card for "two" differs from what its frontmatter gave (the content layer is the authority).
      const jobs = [{ slug: 'one', svg: card('The first explainer title') }, { slug: 'two', svg: card('The second title, as validated') }];
      await build(path.join(tmp, 'dist'), path.join(tmp, 'cache'), jobs, { explainersDir });
      expect(logs.at(-1)).toBe('2 Open Graph cards: 1 drawn while the pages compiled, 1 after the pages, 0 unchanged and reused');
      for (const { slug, svg } of jobs) {
        expect(readFileSync(path.join(tmp, 'dist', 'og', `${slug}.png`)).equals(readFileSync(path.join(tmp, 'cache', 'og-cards', `${cardCacheKey(svg)}.png`))), slug).toBe(true);
      }
      // No half-written card is ever left in the cache.
      expect(readdirSync(path.join(tmp, 'cache', 'og-cards')).filter((f) => !f.endsWith('.png'))).toEqual([]);
    }));

  it('draws nothing early outside `astro build`', () =>
    inTempDir(async (tmp) => {
      const explainersDir = path.join(tmp, 'explainers');
      writeExplainer(explainersDir, 'one', 'The first explainer title');
      const hooks = ogCards({ explainersDir }).hooks as Hooks;
      await (hooks['astro:config:setup'] as (o: unknown) => unknown)({ command: 'dev' });
      await (hooks['astro:config:done'] as (o: unknown) => unknown)({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${tmp}/cache/`), site: 'https://example.org' } });
      await (hooks['astro:build:start'] as (o: unknown) => unknown)({ logger });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(existsSync(path.join(tmp, 'cache', 'og-cards'))).toBe(false);
    }));

  it('fails the build naming the explainer whose card cannot be drawn', () =>
    inTempDir(async (tmp) => {
      const jobs = [{ slug: 'fine', svg: card('A title that draws') }, { slug: 'broken-card', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1200"' }];
      await expect(build(path.join(tmp, 'dist'), path.join(tmp, 'cache'), jobs)).rejects.toThrow(/Open Graph card of the explainer "broken-card" could not be drawn/);
    }));
});

describe('og card fonts', () => {
  it('the subset fonts draw a card pixel for pixel as the full fonts do, and cover only what they claim', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const { inSubset } = await import('../../src/integrations/og-fonts/charset.ts');
    const svg = card('Café “naïve” – 10⁻³? No: ≤ 5 € and “Œuvre”…');
    const fonts = (names: string[], dir: string) => names.map((n) => path.join(dir, n));
    const full = fonts(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'], path.join(root, 'node_modules/dejavu-fonts-ttf/ttf'));
    const subset = fonts(['DejaVuSans-Subset.ttf', 'DejaVuSans-Bold-Subset.ttf'], path.join(root, 'src/integrations/og-fonts'));
    const draw = (fontFiles: string[]) => Buffer.from(new Resvg(svg.replace('⁻³', ''), { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().pixels);
    expect(draw(subset).equals(draw(full))).toBe(true);
    expect(inSubset('Café “naïve” – ≤ 5 € and Œuvre…')).toBe(true);
    // Superscripts are not in the subset: such a card is drawn with the full fonts.
    expect(inSubset('10⁻³')).toBe(false);
  });
});
