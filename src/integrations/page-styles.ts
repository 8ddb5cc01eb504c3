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
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
        const sections = readStyleSections(entry);
        const files = (await readdir(distDir, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
        const bundles = new Map<string, Promise<string>>(); // section list -> file name
        const replaced = new Set<string>();
        const build = async (picked: number[], assets: string): Promise<string> => {
          const source = fillBuildValues(picked.map((i) => sections[i]!.css).join('\n'), { origin });
          const { code } = await transform(source, { loader: 'css', minify: true, legalComments: 'none' });
          const name = `page.${createHash('sha256').update(code).digest('base64url').slice(0, 10)}.css`;
          await writeFile(path.join(assets, name), code);
          return name;
        };
        await Promise.all(
          files.map(async (f) => {
            const file = path.join(distDir, f);
            const html = await readFile(file, 'utf8');
            const link = FULL_SHEET.exec(html);
            if (!link) return; // a page without the site stylesheet (none today) keeps what it has
            const [tag, prefix, name] = link as unknown as [string, string, string];
            const picked = sectionsFor(sections, pageClasses(html));
            const key = picked.join(',');
            if (!bundles.has(key)) bundles.set(key, build(picked, path.join(distDir, '_astro')));
            const bundle = await bundles.get(key)!;
            replaced.add(name);
            await writeFile(file, html.replace(tag, `<link rel="stylesheet" href="${prefix}${bundle}">`));
          }),
        );
        // The full stylesheet is linked from nowhere now.
        await Promise.all([...replaced].map((name) => rm(path.join(distDir, '_astro', name), { force: true })));
        logger.info(`${files.length} pages, ${bundles.size} page-scoped stylesheets from ${sections.length} sections`);
      },
    },
  };
}
