/**
 * Builds the Pagefind search index inside `astro build`, so there is no second
 * command to remember. Pages opt in with `data-pagefind-body` and name their
 * kind with `data-pagefind-filter="kind"`. Pagefind indexes a copy of each built
 * page passed through `separateAdjacentElements` (so neighbouring elements' words
 * are not glued together), `weightByKind` (teacher notes and archived articles
 * rank below the explainer they accompany) and `keepHeadingIdsOnly` (smaller
 * fragments). Every glossary entry is added as its own result linking to its
 * anchor, from the records the route /search-index/glossary.json lists (the
 * /glossary/ page itself is not indexed: one page holding every definition
 * outranked the explainers that teach each idea).
 *
 * Pagefind's process starts with the build; the indexing starts as soon as the
 * pages exist (`astro:build:generated`) and runs in that process while the
 * other integrations' `astro:build:done` hooks run; this integration's
 * `astro:build:done` waits for it.
 *
 * It also bundles the site's search code into /_search/dialog.js (the header
 * dialog, which pages load only when a reader reaches for search) and
 * /_search/page.js (the /search/ page), from src/components/search/*.client.ts.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_DIALOG_PATH, SEARCH_PAGE_PATH } from '../components/search/start-search.ts';
import { EXCLUDED_SELECTORS, keepHeadingIdsOnly, separateAdjacentElements, weightByKind } from '../lib/search-index.ts';

/**
 * Output file → entry; src/components/search/start-search.ts loads the scripts, and the dialog's script its
 * stylesheet (the dialog's rules and, through an import, the results' from src/styles/search.css).
 */
const SEARCH_BUNDLES: Record<string, string> = {
  [SEARCH_DIALOG_PATH]: fileURLToPath(new URL('../components/search/dialog.client.ts', import.meta.url)),
  [SEARCH_DIALOG_PATH.replace(/\.js$/, '.css')]: fileURLToPath(new URL('../components/search/search-dialog.css', import.meta.url)),
  [SEARCH_PAGE_PATH]: fileURLToPath(new URL('../components/search/page.client.ts', import.meta.url)),
};

async function bundleSearchUi(file: string): Promise<string> {
  const js = file.endsWith('.js') ? { format: 'esm', target: 'es2022' } as const : {};
  const result = await build({ entryPoints: [SEARCH_BUNDLES[file]!], bundle: true, minify: true, write: false, legalComments: 'none', ...js });
  return result.outputFiles[0]!.text;
}

/** Every search bundle, as [output file, code]. */
function bundleAllSearchUi(): Promise<[string, string][]> {
  return Promise.all(Object.keys(SEARCH_BUNDLES).map(async (file) => [file, await bundleSearchUi(file)] as [string, string]));
}

export function pagefindIndex(): AstroIntegration {
  let indexing: Promise<void> | undefined;
  let bundling: Promise<[string, string][]> | undefined;
  let starting: Promise<PagefindIndex> | undefined;
  let inputDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // In `astro dev`, bundle on request (search itself works once a build has written an index).
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'search-ui-dev',
                configureServer(server) {
                  server.middlewares.use(async (req, res, next) => {
                    const file = Object.keys(SEARCH_BUNDLES).find((f) => req.url?.split('?')[0]?.endsWith(`/${f}`));
                    if (!file) return next();
                    try {
                      res.setHeader('Content-Type', file.endsWith('.css') ? 'text/css' : 'text/javascript');
                      res.end(await bundleSearchUi(file));
                    } catch (error) {
                      next(error);
                    }
                  });
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        inputDir = path.join(fileURLToPath(config.cacheDir), 'search-input');
      },
      // While Astro compiles the pages, the search code is bundled (esbuild works in its own process) and
      // Pagefind's process is started, so neither waits for the pages.
      'astro:build:start': () => {
        bundling = bundleAllSearchUi();
        bundling.catch(() => undefined);
        starting = startIndex();
        starting.catch(() => undefined);
      },
      // The pages are read here, before any build:done hook rewrites them, and the copies Pagefind indexes are
      // written at once (synchronously: a few hundredths of a second, where waiting on the other hooks' turns to
      // finish writing delayed Pagefind by a fifth of a second), so its work starts with the hooks that follow.
      'astro:build:generated': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const glossary = prepareIndexInput(site, inputDir);
        indexing = buildIndex(site, glossary, inputDir, starting ?? startIndex(), bundling ?? bundleAllSearchUi(), logger.fork('pagefind'));
        // Awaited in build:done; never an unhandled rejection in between.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        indexing ??= buildIndex(site, prepareIndexInput(site, inputDir), inputDir, starting ?? startIndex(), bundling ?? bundleAllSearchUi(), logger.fork('pagefind'));
        try {
          await indexing;
        } finally {
          indexing = undefined;
          bundling = undefined;
          starting = undefined;
        }
      },
    },
  };
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof import('pagefind').createIndex>>['index']>;

/** Starts Pagefind's process and a new index in it. */
async function startIndex(): Promise<PagefindIndex> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** What the route src/pages/search-index/glossary.json.ts writes: one record per glossary entry. */
const GLOSSARY_RECORDS = path.join('search-index', 'glossary.json');

type GlossaryRecords = { url: string; content: string }[];

/**
 * Writes the copy of every page that Pagefind indexes (see the top of this file) into `inputDir`, at the same
 * relative paths, so that Pagefind reads them itself, many at a time (one page per request through its Node
 * API took twice as long). Pages without `data-pagefind-body` are left out: Pagefind skips them anyway once
 * any page has one. Returns the glossary records, and removes their hand-off file from the site.
 */
function prepareIndexInput(site: string, inputDir: string): GlossaryRecords {
  rmSync(inputDir, { recursive: true, force: true });
  const folders = new Set<string>();
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith(`pagefind${path.sep}`)) continue;
    const html = readFileSync(path.join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const copy = path.join(inputDir, file);
    if (!folders.has(path.dirname(copy))) {
      mkdirSync(path.dirname(copy), { recursive: true });
      folders.add(path.dirname(copy));
    }
    writeFileSync(copy, keepHeadingIdsOnly(weightByKind(separateAdjacentElements(html))));
  }
  const glossary = JSON.parse(readFileSync(path.join(site, GLOSSARY_RECORDS), 'utf8')) as GlossaryRecords;
  rmSync(path.join(site, path.dirname(GLOSSARY_RECORDS)), { recursive: true });
  return glossary;
}

/** Writes the search code's bundles and the Pagefind index (the pages' copies in `inputDir`, and the glossary records) into the site. */
async function buildIndex(site: string, glossary: GlossaryRecords, inputDir: string, starting: Promise<PagefindIndex>, bundles: Promise<[string, string][]>, log: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const index = await starting;
    // Pagefind reads the pages while the glossary records are sent (all at once: its process answers them in
    // turn, without a round trip between each) and the search code is written.
    const [added, glossaryAdded] = await Promise.all([
      index.addDirectory({ path: inputDir }),
      Promise.all(glossary.map((record) => index.addHTMLFile(record))),
      bundles.then((files) =>
        Promise.all(
          files.map(async ([file, code]) => {
            await mkdir(path.dirname(path.join(site, file)), { recursive: true });
            await writeFile(path.join(site, file), code);
          }),
        ),
      ),
    ]);
    const problems = [...added.errors.map((e) => `pages: ${e}`), ...glossaryAdded.flatMap((r, i) => r.errors.map((e) => `${glossary[i]!.url}: ${e}`))];
    if (problems.length) throw new Error(`Pagefind indexing failed: ${problems.join('; ')}`);
    const result = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (result.errors.length) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`);
    log.info(`Indexed ${added.page_count} HTML files and ${glossary.length} glossary entries in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await (await import('pagefind')).close();
    await rm(inputDir, { recursive: true, force: true });
  }
}
