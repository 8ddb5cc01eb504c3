/**
 * Worker (tinypool): draws one Open Graph card, SVG → 1200×630 PNG, with resvg's native build and the
 * DejaVu Sans fonts (no system fonts, so the same image on every machine), and encodes it with Node's zlib
 * (src/lib/png.ts). Cards whose characters the subset fonts cover (og-fonts/charset.ts, nearly all) are laid
 * out with those, which draw the same pixels at a third less cost; any other card uses the full fonts from
 * npm. The background is resvg's `background` option, a plain fill: as a full-size <rect> it cost about a
 * third of each card's drawing time.
 *
 * The pool runs this module in child processes started with --expose-gc: after each card a scavenge frees
 * that card's pixel buffers (resvg's, and the copy the encoder reads; about 6 MB, which the garbage collector
 * would otherwise keep for hundreds of cards), so the next card reuses the memory instead of the system
 * handing out fresh pages. That cut the page faults of drawing a hundred cards tenfold, and a fifth of its time.
 *
 * A task is a batch of cards, not one: the pool's bookkeeping per task (it measures the worker's heap after
 * each) cost as much as drawing a card. A card that cannot be drawn comes back as an error naming its slug.
 * The other task, `prefill`, draws the cards the explainers' frontmatter describes straight into the cache
 * (og-cache.ts), reading the files here so the main thread spends nothing on it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parse as parseYaml } from 'yaml';
import { encodeRgbaPng } from '../lib/png.ts';
import { explainerOgSvg, OG_BACKGROUND } from '../lib/og-image.ts';
import { inSubset } from './og-fonts/charset.ts';
import { TOPIC_IDS, type TopicId } from '../lib/topics.ts';
import { readExplainerFiles } from '../lib/explainer-files.ts';
import { cachedCardPath, writeCachedCard } from './og-cache.ts';

const require = createRequire(import.meta.url);
const fullDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FULL = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fullDir, f));
const SUBSET = ['DejaVuSans-Subset.ttf', 'DejaVuSans-Bold-Subset.ttf'].map((f) => path.join(import.meta.dirname, 'og-fonts', f));

export function drawCard(svg: string): Uint8Array {
  const fontFiles = inSubset(svg) ? SUBSET : FULL;
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: OG_BACKGROUND }).render();
  return new Uint8Array(encodeRgbaPng(image.width, image.height, image.pixels));
}

// A worker process whose build has stopped (an error ended it) stops too, rather than draw on for nobody.
// (Only as the pool's child process: tinypool marks it so.)
if ((process as { __tinypool_state__?: { isChildProcess?: boolean } }).__tinypool_state__?.isChildProcess) process.once('disconnect', () => process.exit(0));

/** The garbage collector, when the process was started with --expose-gc (see og-cards.ts). */
const collect = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;

/** Frees what the last card left, at once: a scavenge, then a turn of the event loop for native finalizers. */
async function releaseCard(): Promise<void> {
  if (!collect) return;
  collect({ type: 'minor' });
  await new Promise((resolve) => setImmediate(resolve));
}

export type DrawnCard = { slug: string; png: Uint8Array } | { slug: string; error: string };

/**
 * The cards the explainers' frontmatter describes, as SVG, read straight from the files before the content
 * layer has validated them. A file whose frontmatter lacks a title, description or known topic is skipped:
 * the content layer reports it, with its file and line.
 */
export function cardsFromFrontmatter(explainersDir: string, root: string, host: string): string[] {
  const svgs: string[] = [];
  for (const { frontmatter } of readExplainerFiles(explainersDir, root)) {
    try {
      const data = parseYaml(frontmatter.map((l) => l.text).join('\n')) as { title?: unknown; description?: unknown; topic?: unknown } | null;
      if (typeof data?.title !== 'string' || typeof data.description !== 'string' || !TOPIC_IDS.includes(data.topic as TopicId)) continue;
      svgs.push(explainerOgSvg({ title: data.title, description: data.description, topic: data.topic as TopicId }, host));
    } catch {
      // Bad YAML: the content layer's to report.
    }
  }
  return svgs;
}

/** Where the explainers are, and where their cards go: see og-cards.ts. */
export interface PrefillTask {
  explainersDir: string;
  root: string;
  host: string;
  cacheDir: string;
}

/**
 * Draws into the cache every card the frontmatter describes that is not there yet; returns how many it drew.
 * The process lowers its own priority first: nothing waits for these cards until the pages exist, so they are
 * drawn with the time the build's own threads leave over, never taking a core from them.
 */
export async function prefillCache({ explainersDir, root, host, cacheDir }: PrefillTask): Promise<number> {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: drawn at the usual priority.
  }
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
    await releaseCard();
  }
  return drawn;
}

export default async function run(task: { cards: { slug: string; svg: string }[] } | { prefill: PrefillTask }): Promise<DrawnCard[] | number> {
  if ('prefill' in task) return prefillCache(task.prefill);
  const drawn: DrawnCard[] = [];
  for (const { slug, svg } of task.cards) {
    try {
      drawn.push({ slug, png: drawCard(svg) });
    } catch (error) {
      drawn.push({ slug, error: (error as Error).message });
    }
    await releaseCard();
  }
  return drawn;
}
