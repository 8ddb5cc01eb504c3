/**
 * Open Graph cards, one integration's job. The route /og/cards.json writes every explainer's card as SVG
 * (src/pages/og/cards.json.ts, from the validated frontmatter); when the pages are generated this
 * integration rasterises them on a tinypool worker pool (src/integrations/og-render-worker.ts) while the
 * other integrations' `astro:build:done` hooks run, and in its own `astro:build:done` writes
 * /og/<slug>.png and removes the hand-off file. A card whose SVG has not changed since an earlier build is
 * copied from the cache folder (named by the SVG's hash) instead of drawn again. A card that cannot be
 * drawn, or a worker that dies, fails the build naming the explainer.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { DrawnCard } from './og-render-worker.ts';

/** One card to draw, as /og/cards.json lists it. */
export interface OgCardJob {
  slug: string;
  svg: string;
}

/** Bump when the renderer or encoder changes, so cached cards drawn the old way are not reused. */
const RENDERER = 'resvg-js-2.6.2+dejavu-subset-1+png-rgba-level1';
const MANIFEST = ['og', 'cards.json'];

/** The cache file name of a card: its SVG's hash, with the renderer's version. */
export function cardCacheKey(svg: string): string {
  return createHash('sha256').update(RENDERER).update('\0').update(svg).digest('hex').slice(0, 32);
}

export function ogCards(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let drawing: Promise<{ drawn: number; reused: number }> | undefined;
  // All cores: the main thread spends the drawing time waiting on other integrations' native work (Pagefind).
  const threads = Math.max(1, Math.min(4, availableParallelism()));
  let pool: Tinypool | undefined;

  /**
   * The worker pool, with every thread started and its module loaded (the renderer, its native binding and the
   * encoder: most of a second on a small machine). Started when the build starts, so that cost overlaps compiling
   * the pages instead of adding to the end of the build; nothing is drawn before the pages exist.
   */
  function startPool(): Tinypool {
    if (pool) return pool;
    pool = new Tinypool({
      // Resolved from the Astro config root: this module may run from Astro's bundled build folder.
      filename: path.join(root, 'src', 'integrations', 'og-render-worker.ts'),
      minThreads: threads,
      maxThreads: threads,
    });
    // An empty batch per thread loads the worker module; a failure here surfaces again when drawing.
    for (let i = 0; i < threads; i++) pool.run({ cards: [] }).catch(() => undefined);
    return pool;
  }

  async function drawAll(outDir: string): Promise<{ drawn: number; reused: number }> {
    const manifest = path.join(outDir, ...MANIFEST);
    const jobs = JSON.parse(await readFile(manifest, 'utf8')) as OgCardJob[];
    await mkdir(cacheDir, { recursive: true });
    const workers = startPool();
    let reused = 0;
    const toDraw: OgCardJob[] = [];
    await Promise.all(
      jobs.map(async (job) => {
        const cached = path.join(cacheDir, `${cardCacheKey(job.svg)}.png`);
        if (!existsSync(cached)) {
          toDraw.push(job);
          return;
        }
        await copyFile(cached, path.join(outDir, 'og', `${job.slug}.png`));
        reused++;
      }),
    );
    // A few batches per thread: few tasks (each costs the pool a heap measurement), and still balanced.
    const batches = Array.from({ length: Math.min(toDraw.length, threads * 3) }, (_, i) => toDraw.filter((_, j) => j % (threads * 3) === i));
    try {
      const results = (await Promise.all(batches.map((cards) => workers.run({ cards }) as Promise<DrawnCard[]>))).flat();
      for (const card of results) {
        if ('error' in card) {
          throw new AstroError(`The Open Graph card of the explainer "${card.slug}" could not be drawn: ${card.error}`, `The card is drawn from the explainer's title, description and topic (src/lib/og-image.ts) by src/integrations/og-render-worker.ts.`);
        }
      }
      const pngs = new Map(results.map((card) => [card.slug, (card as { png: Uint8Array }).png]));
      await Promise.all(
        toDraw.map(async ({ slug, svg }) => {
          await writeFile(path.join(outDir, 'og', `${slug}.png`), pngs.get(slug)!);
          await writeFile(path.join(cacheDir, `${cardCacheKey(svg)}.png`), pngs.get(slug)!);
        }),
      );
    } catch (error) {
      if (error instanceof AstroError) throw error;
      // The pool itself failed (a worker died): name the cards it was drawing.
      throw new AstroError(`The Open Graph cards of the explainers ${toDraw.map((j) => `"${j.slug}"`).join(', ')} could not be drawn: ${(error as Error).message}`, 'Cards are drawn by src/integrations/og-render-worker.ts on a worker pool.');
    } finally {
      await workers.destroy();
      pool = undefined;
    }
    const drawn = toDraw.length;
    await rm(manifest);
    return { drawn, reused };
  }

  return {
    name: 'og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'og-cards');
      },
      'astro:build:start': () => {
        startPool();
      },
      // Started as soon as the pages exist, so drawing overlaps the other integrations' build:done work.
      'astro:build:generated': ({ dir }) => {
        drawing = drawAll(fileURLToPath(dir));
        // Awaited in build:done; never an unhandled rejection in between.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { drawn, reused } = await (drawing ?? drawAll(fileURLToPath(dir)));
        logger.info(`${drawn + reused} Open Graph cards: ${drawn} drawn, ${reused} unchanged and reused`);
      },
    },
  };
}
