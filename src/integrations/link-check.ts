/**
 * After the build, fails it if any internal link or #fragment in dist/ is
 * broken, naming the page, the MDX file and line that wrote the link, and what
 * to fix. External links are written to dist-reports/external-links.txt for
 * review; they are never fetched.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, type BuiltPage, type LinkProblem } from '../lib/link-check.ts';

const LINKING = new Set(['a', 'link', 'area']);
/** Elements whose content is text, not markup: a "<a href" inside a script is not a link. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// One start tag: its name, then attributes (name, optionally = and a quoted or bare value).
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/(?!>))*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The id and linking href attributes of an HTML page, in document order, template contents included. A scan
 * of start tags, not a tree: comments, doctypes and the text of scripts and styles are skipped, and attribute
 * values are decoded as a browser would. Astro writes well-formed HTML, and a full parse of every page was
 * most of this check's time on a 1,000-page build.
 */
export function scanLinks(html: string): { ids: string[]; hrefs: string[] } {
  const ids: string[] = [];
  const hrefs: string[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    START_TAG.lastIndex = at;
    const tag = START_TAG.exec(html);
    if (!tag) {
      at++;
      continue;
    }
    at = START_TAG.lastIndex;
    const name = tag[1]!.toLowerCase();
    for (const [, attr, dq, sq, bare] of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
      const key = attr!.toLowerCase();
      const value = decodeEntities(dq ?? sq ?? bare ?? '');
      if (key === 'id') ids.push(value);
      else if (key === 'href' && LINKING.has(name)) hrefs.push(value);
    }
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s>/]`, 'gi');
      close.lastIndex = at;
      at = close.exec(html)?.index ?? html.length;
    }
  }
  return { ids, hrefs };
}

export function readBuiltSite(distDir: string, base: string) {
  // Synchronous reads: for a hundred small files, a fraction of the promise-based calls' cost. Entries are typed
  // by the listing itself, not by a stat each: Pagefind and the card integration are still writing into the site
  // while this runs, and a file they replace between listing and stat must not fail the check.
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)))
    .sort();
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const pages: BuiltPage[] = [];
  const assets = new Set<string>();
  const external = new Set<string>();
  const url = (file: string) => `${prefix}/${file.split(path.sep).join('/')}`;
  for (const file of files) {
    if (!file.endsWith('.html')) {
      assets.add(url(file));
      continue;
    }
    const scanned = scanLinks(readFileSync(path.join(distDir, file), 'utf8'));
    for (const href of scanned.hrefs) if (/^https?:/.test(href)) external.add(href);
    pages.push({ path: url(file).replace(/index\.html$/, ''), ids: new Set(scanned.ids), hrefs: scanned.hrefs });
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
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { pages, assets, external } = readBuiltSite(distDir, base);
        const problems = checkLinks(pages, { site, assets });
        const reportDir = path.join(root, 'dist-reports');
        mkdirSync(reportDir, { recursive: true });
        writeFileSync(path.join(reportDir, 'external-links.txt'), [...external].sort().join('\n') + '\n');
        if (problems.length) throw new AstroError(describeLinkProblems(problems, root, options.explainersDir), 'Internal links are checked against the built pages: a path must be a page or file the build wrote, and a #fragment an id on that page (a heading\'s id is its text in lower case, words joined by hyphens).');
        logger.fork('link-check').info(`${pages.length} pages, all internal links and fragments resolve; ${external.size} external links listed in dist-reports/external-links.txt`);
      },
    },
  };
}
