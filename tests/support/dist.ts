/**
 * Reading the built site in build tests: parse a page of dist/ once and query
 * it with CSS selectors.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root, Element } from 'hast';

export { select, selectAll };

export function distDir(): string {
  return inject('distDir');
}

/** Path of the HTML file for a URL path such as `/explainers/distillation/`. */
export function pageFile(urlPath: string, dir = distDir()): string {
  const clean = urlPath.replace(/^\//, '');
  return path.join(dir, clean.endsWith('.html') ? clean : path.join(clean, 'index.html'));
}

const cache = new Map<string, Root>();
export function readPage(urlPath: string, dir = distDir()): Root {
  const file = pageFile(urlPath, dir);
  if (!existsSync(file)) throw new Error(`No built page at ${urlPath} (${file})`);
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

export function text(node: Root | Element | undefined): string {
  return node ? toString(node).replace(/\s+/g, ' ').trim() : '';
}

/** Every HTML page in dist, as URL paths. */
export function allPages(dir = distDir()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) out.push(`/${path.relative(dir, full).split(path.sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The checks every explainer page must pass: present, quotes resolve to a
 * paragraph anchor on a built source page, headings carry ids, figures are named.
 */
export function explainerBasics(slug: string) {
  const page = readPage(`/explainers/${slug}/`);
  const quotes = selectAll('figure.quote', page);
  const brokenQuotes = quotes
    .map((q) => select('figcaption a', q)?.properties['href'])
    .filter((href): href is string => typeof href === 'string')
    .filter((href) => {
      const [p, frag] = href.split('#');
      const target = readPage(p as string);
      return !frag || !select(`[id="${frag}"]`, target);
    });
  const headings = selectAll('article h2, article h3', page);
  const unnamedFigures = selectAll('article figure:not(.quote)', page).filter((f) => {
    const labelledby: unknown = f.properties['ariaLabelledBy'];
    const ids: string[] = Array.isArray(labelledby) ? labelledby.map(String) : typeof labelledby === 'string' ? labelledby.split(' ') : [];
    const named = ids.some((id) => text(select(`[id="${id}"]`, page)).length > 0) || typeof f.properties['ariaLabel'] === 'string';
    return !named;
  });
  return { page, quotes, brokenQuotes, headings, unnamedFigures };
}
