/**
 * Builds the Pagefind search index inside `astro build`, so there is no second
 * command to remember. Pages opt in with `data-pagefind-body` and name their
 * kind with `data-pagefind-filter="kind"`. Two things are done here rather
 * than by `addDirectory`: each page's HTML is passed through
 * `separateAdjacentElements` (so neighbouring elements' words are not glued
 * together), `weightByKind` (teacher notes and archived articles rank below
 * the explainer they accompany) and `keepHeadingIdsOnly` (smaller fragments), and every glossary entry is added as its own result linking to its
 * anchor (the /glossary/ page itself is not indexed: one page holding every
 * definition outranked the explainers that teach each idea).
 *
 * It also bundles the site's search code into /_search/dialog.js (the header
 * dialog, which pages load only when a reader reaches for search) and
 * /_search/page.js (the /search/ page), from src/components/search/*.client.ts.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { SEARCH_DIALOG_PATH, SEARCH_PAGE_PATH } from '../components/search/start-search.ts';
import { EXCLUDED_SELECTORS, glossaryRecord, keepHeadingIdsOnly, pageUrl, separateAdjacentElements, weightByKind, type GlossaryRecordInput } from '../lib/search-index.ts';

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

export function pagefindIndex(options: { glossaryDir?: string } = {}): AstroIntegration {
  let glossaryDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ updateConfig, config }) => {
        // From the Astro config root, never the working directory.
        glossaryDir = path.resolve(fileURLToPath(config.root), options.glossaryDir ?? 'content/glossary');
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
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const started = performance.now();
        for (const file of Object.keys(SEARCH_BUNDLES)) {
          const out = path.join(fileURLToPath(dir), file);
          await mkdir(path.dirname(out), { recursive: true });
          await writeFile(out, await bundleSearchUi(file));
        }
        const pagefind = await import('pagefind');
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const site = fileURLToPath(dir);
          const files = (await readdir(site, { recursive: true, encoding: 'utf8' })).filter(
            (f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`),
          );
          const problems: string[] = [];
          // A few files at a time: each call is a round trip to Pagefind's process.
          for (let i = 0; i < files.length; i += 16) {
            await Promise.all(
              files.slice(i, i + 16).map(async (file) => {
                const content = keepHeadingIdsOnly(weightByKind(separateAdjacentElements(await readFile(path.join(site, file), 'utf8'))));
                const added = await index.addHTMLFile({ url: pageUrl(file), content });
                problems.push(...added.errors.map((e) => `${file}: ${e}`));
              }),
            );
          }
          const glossary = await readGlossary(glossaryDir);
          for (const entry of glossary) {
            const added = await index.addHTMLFile(glossaryRecord(entry));
            problems.push(...added.errors.map((e) => `glossary ${entry.id}: ${e}`));
          }
          if (problems.length) throw new Error(`Pagefind indexing failed: ${problems.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          log.info(`Indexed ${files.length} HTML files and ${glossary.length} glossary entries in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Glossary entries straight from content/glossary/*.yaml (the collection's source; no Astro runtime here). */
async function readGlossary(dir: string): Promise<GlossaryRecordInput[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const data = parseYaml(await readFile(path.join(dir, f), 'utf8')) as { term: string; definition: string; aliases?: string[] };
      return { id: f.replace(/\.ya?ml$/, ''), term: data.term, definition: data.definition, aliases: data.aliases ?? [] };
    }),
  );
}
