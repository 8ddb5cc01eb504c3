/**
 * Worker (tinypool): draws one Open Graph card, SVG → 1200×630 PNG, with resvg's native build and the
 * DejaVu Sans fonts (no system fonts, so the same image on every machine), and encodes it with Node's zlib
 * (src/lib/png.ts). Cards whose characters the subset fonts cover (og-fonts/charset.ts, nearly all) are laid
 * out with those, which draw the same pixels at a third less cost; any other card uses the full fonts from
 * npm. The background is resvg's `background` option, a plain fill: as a full-size <rect> it cost about a
 * third of each card's drawing time.
 *
 * A task is a batch of cards, not one: the pool's bookkeeping per task (it measures the worker's heap after
 * each) cost as much as drawing a card. A card that cannot be drawn comes back as an error naming its slug.
 * The other task, `prefill`, draws the cards the explainers' frontmatter describes straight into the cache
 * (og-cache.ts), reading the files here so the main thread spends nothing on it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { encodeRgbaPng } from '../lib/png.ts';
import { OG_BACKGROUND } from '../lib/og-image.ts';
import { inSubset } from './og-fonts/charset.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { cachedCardPath, cardsFromFrontmatter, writeCachedCard } from './og-cache.ts';

const require = createRequire(import.meta.url);
const fullDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FULL = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fullDir, f));
const SUBSET = ['DejaVuSans-Subset.ttf', 'DejaVuSans-Bold-Subset.ttf'].map((f) => path.join(import.meta.dirname, 'og-fonts', f));

export function drawCard(svg: string): Uint8Array {
  const fontFiles = inSubset(svg) ? SUBSET : FULL;
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: OG_BACKGROUND }).render();
  return new Uint8Array(encodeRgbaPng(image.width, image.height, image.pixels));
}

export type DrawnCard = { slug: string; png: Uint8Array } | { slug: string; error: string };

/** Where the explainers are, and where their cards go: see og-cards.ts. */
export interface PrefillTask {
  explainersDir: string;
  root: string;
  host: string;
  cacheDir: string;
}

/** Draws into the cache every card the frontmatter describes that is not there yet; returns how many it drew. */
export function prefillCache({ explainersDir, root, host, cacheDir }: PrefillTask): number {
  mkdirSync(cacheDir, { recursive: true });
  let drawn = 0;
  for (const svg of new Set(cardsFromFrontmatter(explainersDir, root, host))) {
    if (existsSync(cachedCardPath(cacheDir, svg))) continue;
    try {
      writeCachedCard(cacheDir, svg, drawCard(svg));
      drawn++;
    } catch {
      // Drawn again after the pages, where a failure stops the build naming the explainer.
    }
  }
  return drawn;
}

export default function run(task: { cards: { slug: string; svg: string }[] } | { prefill: PrefillTask }): DrawnCard[] | number {
  if ('prefill' in task) return prefillCache(task.prefill);
  return task.cards.map(({ slug, svg }) => {
    try {
      return { slug, png: drawCard(svg) };
    } catch (error) {
      return { slug, error: (error as Error).message };
    }
  });
}
