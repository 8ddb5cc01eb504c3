/**
 * Bundles each interactive figure's browser module (src/components/figures/*.client.ts)
 * into its own file at /_figures/<name>.js. Pages never request these files up
 * front: the inline enhancement script loads one only when its figure scrolls
 * into view (src/components/enhance/islands.ts). Astro's own script bundling
 * cannot do this: it would either add a script to the first view or inline a
 * dynamic import that resolves against the page URL.
 * Enhancements needed only once a reader acts (src/components/enhance/*.client.ts,
 * e.g. the notes popover) go the same way, to /_enhance/<name>.js.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIGURES_DIR = '_figures';
export const ENHANCE_DIR = '_enhance';
const SUFFIX = '.client.ts';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

export function figureScripts(): AstroIntegration {
  let sources: [outDir: string, sourceDir: string][] = [];
  let bundling: ReturnType<typeof bundleAll> | undefined;
  return {
    name: 'figure-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        sources = [
          [FIGURES_DIR, fileURLToPath(new URL('./src/components/figures/', config.root))],
          [ENHANCE_DIR, fileURLToPath(new URL('./src/components/enhance/', config.root))],
        ];
        // In `astro dev`, bundle on request so authors see their changes.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'figure-scripts-dev',
                configureServer(server) {
                  server.middlewares.use(async (req, res, next) => {
                    const match = req.url?.match(new RegExp(`/(${FIGURES_DIR}|${ENHANCE_DIR})/([a-z-]+)\\.js`));
                    const sourceDir = sources.find(([out]) => out === match?.[1])?.[1];
                    if (!match || !sourceDir) return next();
                    try {
                      const code = await bundle(path.join(sourceDir, `${match[2]}${SUFFIX}`));
                      res.setHeader('Content-Type', 'text/javascript');
                      res.end(code);
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
      // Bundled while Astro compiles the pages (esbuild works in its own process); written once the site exists.
      'astro:build:start': () => {
        bundling = bundleAll(sources);
        // Awaited in build:done; never an unhandled rejection in between.
        bundling.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const bundles = await (bundling ?? bundleAll(sources));
        bundling = undefined;
        for (const [out, files] of bundles) {
          const outDir = path.join(fileURLToPath(dir), out);
          await mkdir(outDir, { recursive: true });
          await Promise.all(files.map(([name, code]) => writeFile(path.join(outDir, name), code)));
          logger.info(`Bundled ${files.length} on-demand scripts into /${out}/`);
        }
      },
    },
  };
}

/** Every entry of every source folder, bundled at once: [output folder, [file name, code][]][]. */
async function bundleAll(sources: [outDir: string, sourceDir: string][]): Promise<[string, [string, string][]][]> {
  return Promise.all(
    sources.map(async ([out, sourceDir]) => {
      const entries = (await readdir(sourceDir)).filter((f) => f.endsWith(SUFFIX));
      return [out, await Promise.all(entries.map(async (file) => [file.replace(SUFFIX, '.js'), await bundle(path.join(sourceDir, file))] as [string, string]))] as [string, [string, string][]];
    }),
  );
}
