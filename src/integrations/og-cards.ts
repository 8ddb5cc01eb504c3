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

  async function drawAll(outDir: string): Promise<{ drawn: number; reused: number }> {
    const manifest = path.join(outDir, ...MANIFEST);
    const jobs = JSON.parse(await readFile(manifest, 'utf8')) as OgCardJob[];
    await mkdir(cacheDir, { recursive: true });
    const pool = new Tinypool({
      // Resolved from the Astro config root: this module may run from Astro's bundled build folder.
      filename: path.join(root, 'src', 'integrations', 'og-render-worker.ts'),
      // All cores: the main thread spends this time waiting on other integrations' native work (Pagefind).
      maxThreads: Math.max(1, Math.min(4, availableParallelism())),
    });
    let drawn = 0;
    let reused = 0;
    try {
      await Promise.all(
        jobs.map(async ({ slug, svg }) => {
          const target = path.join(outDir, 'og', `${slug}.png`);
          const cached = path.join(cacheDir, `${cardCacheKey(svg)}.png`);
          if (existsSync(cached)) {
            await copyFile(cached, target);
            reused++;
            return;
          }
          let png: Uint8Array;
          try {
            png = (await pool.run({ svg })) as Uint8Array;
          } catch (error) {
            throw new AstroError(`The Open Graph card of the explainer "${slug}" could not be drawn: ${(error as Error).message}`, `The card is drawn from the explainer's title, description and topic (src/lib/og-image.ts) by src/integrations/og-render-worker.ts.`);
          }
          await writeFile(target, png);
          await writeFile(cached, png);
          drawn++;
        }),
      );
    } finally {
      await pool.destroy();
    }
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
