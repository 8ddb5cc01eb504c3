/**
 * After the build, fails it if any internal link or #fragment in dist/ is
 * broken, naming the page, the MDX file and line that wrote the link, and what
 * to fix. External links are written to dist-reports/external-links.txt for
 * review; they are never fetched.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { checkLinks, type BuiltPage, type LinkProblem } from '../lib/link-check.ts';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat();
}

const LINKING = new Set(['a', 'link', 'area']);

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Every element of a parse5 document, templates included. parse5's own tree
 * without positions: several times faster than a hast tree, which matters
 * when a 1,000-page build reads every page.
 */
function* elements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('tagName' in node) {
      yield node;
      if ('content' in node) stack.push(node.content);
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
}

export async function readBuiltSite(distDir: string, base: string) {
  const files = await walk(distDir);
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const pages: BuiltPage[] = [];
  const assets = new Set<string>();
  const external = new Set<string>();
  for (const file of files) {
    const rel = `/${path.relative(distDir, file).split(path.sep).join('/')}`;
    if (!file.endsWith('.html')) {
      assets.add(`${prefix}${rel}`);
      continue;
    }
    const urlPath = `${prefix}${rel.replace(/index\.html$/, '')}`;
    const ids = new Set<string>();
    const hrefs: string[] = [];
    for (const { tagName, attrs } of elements(parse(await readFile(file, 'utf8')))) {
      for (const { name, value } of attrs) {
        if (name === 'id') ids.add(value);
        else if (name === 'href' && LINKING.has(tagName)) {
          hrefs.push(value);
          if (/^https?:/.test(value)) external.add(value);
        }
      }
    }
    pages.push({ path: urlPath, ids, hrefs });
  }
  return { pages, assets, external };
}

/**
 * Finds the MDX file and line that wrote an href, to point the author at it: ` (written at content/explainers/x.mdx:19)`.
 * `explainersDir` is the explainers folder as a path from `root`, the Astro config root.
 */
export function locateInContent(root: string, explainersDir: string, pagePath: string, href: string): string {
  const slug = pagePath.match(/\/explainers\/([^/]+)\/$/)?.[1];
  if (!slug) return '';
  const file = path.resolve(root, explainersDir, `${slug}.mdx`);
  if (!existsSync(file)) return '';
  const shown = path.relative(root, file);
  const bare = href.replace(/^.*?(\/explainers\/|\/sources\/|\/glossary\/|#)/, '$1');
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(bare));
  return at === -1 ? ` (written in ${shown})` : ` (written at ${shown}:${at + 1})`;
}

/** The error a build with broken links stops on: each problem with where it was written. */
export function describeLinkProblems(problems: readonly LinkProblem[], root: string, explainersDir: string): string {
  const lines = problems.map((p) => `  ${p.page}: ${p.href} ${p.message}${locateInContent(root, explainersDir, p.page, p.href)}`);
  return `Broken internal links (${problems.length}). Fix the link or the target id:\n${lines.join('\n')}`;
}

export function linkCheck(options: { explainersDir: string }): AstroIntegration {
  let base = '/';
  let site = new URL('https://example.org');
  let root = '';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = new URL(config.site ?? 'https://example.org');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { pages, assets, external } = await readBuiltSite(distDir, base);
        const problems = checkLinks(pages, { site, assets });
        const reportDir = path.join(root, 'dist-reports');
        await mkdir(reportDir, { recursive: true });
        await writeFile(path.join(reportDir, 'external-links.txt'), [...external].sort().join('\n') + '\n');
        if (problems.length) throw new Error(describeLinkProblems(problems, root, options.explainersDir));
        logger.fork('link-check').info(`${pages.length} pages, all internal links and fragments resolve; ${external.size} external links listed in dist-reports/external-links.txt`);
      },
    },
  };
}
