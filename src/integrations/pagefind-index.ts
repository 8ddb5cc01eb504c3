/**
 * Builds the Pagefind search index inside `astro build`, so there is no second
 * command to remember. Pages opt in with `data-pagefind-body` and name their
 * kind with `data-pagefind-filter="kind"`. Two things are done here rather
 * than by `addDirectory`: each page's HTML is passed through
 * `separateAdjacentElements` (so neighbouring elements' words are not glued
 * together), and every glossary entry is added as its own result linking to its
 * anchor (the /glossary/ page itself is not indexed: one page holding every
 * definition outranked the explainers that teach each idea).
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { EXCLUDED_SELECTORS, glossaryRecord, pageUrl, separateAdjacentElements, type GlossaryRecordInput } from '../lib/search-index.ts';

export function pagefindIndex(options: { glossaryDir?: string } = {}): AstroIntegration {
  const glossaryDir = path.resolve(options.glossaryDir ?? 'content/glossary');
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const started = performance.now();
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
                const content = separateAdjacentElements(await readFile(path.join(site, file), 'utf8'));
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
