/**
 * After the build, gives every page ONE stylesheet with only the sections of src/styles/ it needs (see
 * src/lib/page-styles.ts for why and how sections are marked). Astro still bundles the full stylesheet
 * (src/styles/global.css, imported by Base.astro), which `astro dev` serves; here each page's link to it is
 * pointed at its own bundle, and the full file, no longer linked, is deleted.
 *
 * Pages that need the same sections share a file named by its content hash, so a reader moving between them
 * downloads it once. The bundles are minified with esbuild, like the figure scripts.
 */
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillBuildValues, pageClasses, readStyleSections, sectionsFor } from '../lib/page-styles.ts';

const FULL_SHEET = /<link rel="stylesheet" href="([^"]*\/_astro\/)([^"/]+\.css)">/;

export function pageStyles(): AstroIntegration {
  let entry = '';
  let origin = '';
  return {
    name: 'page-styles',
    hooks: {
      'astro:config:done': ({ config }) => {
        entry = fileURLToPath(new URL('./src/styles/global.css', config.root));
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const assets = path.join(distDir, '_astro');
        const sections = readStyleSections(entry);
        // Read and written synchronously: for a hundred small files that is a fraction of the promise-based
        // calls' cost on the main thread. What waits meanwhile (Pagefind's replies, the cards' copies) holds up nothing.
        const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.html'))
          .flatMap((f) => {
            const file = path.join(distDir, f);
            const html = readFileSync(file, 'utf8');
            const link = FULL_SHEET.exec(html);
            if (!link) return []; // a page without the site stylesheet (none today) keeps what it has
            const [tag, prefix, name] = link as unknown as [string, string, string];
            return [{ file, html, tag, prefix, name, key: sectionsFor(sections, pageClasses(html)).join(',') }];
          });
        // One bundle per distinct list of sections, minified by esbuild (all at once, in its own process).
        const keys = [...new Set(pages.map((page) => page.key))];
        const names = await Promise.all(
          keys.map(async (key) => {
            const picked = key ? key.split(',').map(Number) : [];
            const source = fillBuildValues(picked.map((i) => sections[i]!.css).join('\n'), { origin });
            const { code } = await transform(source, { loader: 'css', minify: true, legalComments: 'none' });
            const bundle = `page.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.css`;
            writeFileSync(path.join(assets, bundle), code);
            return bundle;
          }),
        );
        const bundleOf = new Map(keys.map((key, i) => [key, names[i]!]));
        for (const page of pages) writeFileSync(page.file, page.html.replace(page.tag, `<link rel="stylesheet" href="${page.prefix}${bundleOf.get(page.key)}">`));
        // The full stylesheet is linked from nowhere now.
        for (const name of new Set(pages.map((page) => page.name))) rmSync(path.join(assets, name), { force: true });
        logger.info(`${pages.length} pages, ${keys.length} page-scoped stylesheets from ${sections.length} sections`);
      },
    },
  };
}
