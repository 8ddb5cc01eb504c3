/**
 * Open Graph cards, one integration's job. The route /og/cards.json writes every explainer's card as SVG
 * (src/pages/og/cards.json.ts, from the validated frontmatter); once the pages exist this integration
 * rasterises them on a tinypool worker pool (src/integrations/og-render-worker.ts) while the other
 * integrations' `astro:build:done` hooks run, and in its own `astro:build:done` writes /og/<slug>.png and
 * removes the hand-off file. Every drawn card is kept in the cache folder under its SVG's hash
 * (src/integrations/og-cache.ts), so an unchanged card is copied instead of drawn again. A card that cannot be
 * drawn, or a worker that dies, fails the build naming the explainer.
 *
 * Drawing a hundred cards is over a second of work, so `astro build` starts it early: when the build starts,
 * one worker process reads the explainers' frontmatter and draws their cards into the cache, at the lowest
 * priority, with the time that compiling and rendering the pages leave over. That only fills the cache. What
 * is published is decided by the route; a card whose SVG came out differently there (the content layer is the
 * authority) is not found in the cache and is drawn after the pages, like any new card. (Started as soon as
 * the config was read, the worker slowed Astro's own start more than it gained.)
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { cachedCardPath, writeCachedCard } from './og-cache.ts';
import type { DrawnCard, PrefillTask } from './og-render-worker.ts';

/** One card to draw, as /og/cards.json lists it. */
export interface OgCardJob {
  slug: string;
  svg: string;
}

const MANIFEST = ['og', 'cards.json'];

/** Splits items into at most `count` batches of about the same size. */
function batches<T>(items: T[], count: number): T[][] {
  const n = Math.min(items.length, count);
  return Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i));
}

export function ogCards(options: { explainersDir?: string } = {}): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let command = '';
  let prefill: PrefillTask | undefined;
  let prefilling: Promise<number> = Promise.resolve(0);
  let drawing: Promise<{ drawn: number; early: number; reused: number }> | undefined;
  // Cards the early pass did not draw are drawn on every core once the pages exist (nothing else waits on them).
  const threads = Math.max(1, Math.min(4, availableParallelism()));

  /**
   * Runs tasks on a new pool of `size` worker processes (the worker resolved from the config root), then ends it.
   * Processes rather than threads, so that the worker can run the garbage collector itself (og-render-worker.ts).
   */
  async function onPool<T>(size: number, tasks: unknown[]): Promise<T[]> {
    const pool = new Tinypool({
      filename: path.join(root, 'src', 'integrations', 'og-render-worker.ts'),
      runtime: 'child_process',
      execArgv: ['--expose-gc'],
      // Tinypool gives a process only the variables it is handed.
      env: Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
      serialization: 'advanced',
      minThreads: size,
      maxThreads: size,
    });
    try {
      return await Promise.all(tasks.map((task) => pool.run(task) as Promise<T>));
    } finally {
      await pool.destroy();
    }
  }

  async function drawAll(outDir: string): Promise<{ drawn: number; early: number; reused: number }> {
    // What the early pass drew is in the cache by now; if it failed, the cards are simply drawn here.
    const early = await prefilling.catch(() => 0);
    const manifest = path.join(outDir, ...MANIFEST);
    const jobs = JSON.parse(await readFile(manifest, 'utf8')) as OgCardJob[];
    await mkdir(cacheDir, { recursive: true });
    const inCache = new Set(jobs.filter((job) => existsSync(cachedCardPath(cacheDir, job.svg))));
    const toDraw = jobs.filter((job) => !inCache.has(job));
    await Promise.all([...inCache].map((job) => copyFile(cachedCardPath(cacheDir, job.svg), path.join(outDir, 'og', `${job.slug}.png`))));
    if (toDraw.length) {
      let results: DrawnCard[];
      try {
        // A few batches per process: few tasks (the pool weighs the worker's heap after each), still balanced.
        results = (await onPool<DrawnCard[]>(threads, batches(toDraw, threads * 3).map((cards) => ({ cards })))).flat();
      } catch (error) {
        // The pool itself failed (a worker died): name the cards it was drawing.
        throw new AstroError(`The Open Graph cards of the explainers ${toDraw.map((j) => `"${j.slug}"`).join(', ')} could not be drawn: ${(error as Error).message}`, 'Cards are drawn by src/integrations/og-render-worker.ts on a worker pool.');
      }
      for (const card of results) {
        if ('error' in card) {
          throw new AstroError(`The Open Graph card of the explainer "${card.slug}" could not be drawn: ${card.error}`, `The card is drawn from the explainer's title, description and topic (src/lib/og-image.ts) by src/integrations/og-render-worker.ts.`);
        }
      }
      const pngs = new Map(results.map((card) => [card.slug, (card as { png: Uint8Array }).png]));
      await Promise.all(
        toDraw.map(async ({ slug, svg }) => {
          await writeFile(path.join(outDir, 'og', `${slug}.png`), pngs.get(slug)!);
          writeCachedCard(cacheDir, svg, pngs.get(slug)!);
        }),
      );
    }
    await rm(manifest);
    // Cards found in the cache were drawn early in this build or left by an earlier one.
    const fromCache = jobs.length - toDraw.length;
    return { drawn: toDraw.length, early: Math.min(early, fromCache), reused: fromCache - Math.min(early, fromCache) };
  }

  return {
    name: 'og-cards',
    hooks: {
      'astro:config:setup': ({ command: name }) => {
        command = name;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'og-cards');
        // Only a build draws early, and only when told where the explainers are.
        if (command === 'build' && options.explainersDir) {
          prefill = { explainersDir: path.resolve(root, options.explainersDir), root, host: config.site ? new URL(config.site).host : '', cacheDir };
        }
      },
      'astro:build:start': () => {
        if (!prefill) return;
        prefilling = onPool<number>(1, [{ prefill }]).then(([drawn]) => drawn ?? 0);
        // Awaited once the pages exist; never an unhandled rejection in between.
        prefilling.catch(() => undefined);
      },
      // Started as soon as the pages exist, so drawing overlaps the other integrations' build:done work.
      'astro:build:generated': ({ dir }) => {
        drawing = drawAll(fileURLToPath(dir));
        // Awaited in build:done; never an unhandled rejection in between.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { drawn, early, reused } = await (drawing ?? drawAll(fileURLToPath(dir)));
        drawing = undefined;
        logger.info(`${drawn + early + reused} Open Graph cards: ${early} drawn while the pages compiled, ${drawn} after the pages, ${reused} unchanged and reused`);
      },
    },
  };
}
