/**
 * Page-scoped stylesheets: each built page links ONE stylesheet holding only the sections of src/styles/ that it
 * can use, so an explainer does not download the glossary's, the teacher notes' or another explainer's figures'
 * rules. (Astro cannot do this: it bundles CSS per module graph, and every explainer shares one route; splitting by
 * component would give a page several <link>s.)
 *
 * The source of truth stays src/styles/global.css (the full stylesheet, in cascade order, which `astro dev` serves
 * whole). A file is cut into sections by marker comments at its top level:
 *
 *   / * @pages-with .fig-steps, .fig-step * /   what follows is only for pages whose HTML uses one of these classes
 *   / * @pages-with * /                          what follows is for every page (also the default at a file's start)
 *
 * A page's stylesheet is the concatenation, in cascade order, of every section it needs; pages needing the same
 * sections share one file (named by its content hash), so it caches across them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface StyleSection {
  /** File and section number, for messages. */
  where: string;
  /** Classes that make a page need this section; null: every page. */
  when: readonly string[] | null;
  css: string;
}

const MARKER = /\/\*\s*@pages-with\s+(\*|[^*]*?)\s*\*\//g;
const IMPORT = /@import\s+(?:url\()?['"]([^'"]+)['"]\)?\s*;/g;

/** Parses a marker's list: `*` for every page, else class selectors (`.name`, comma or space separated). */
function parseWhen(list: string, where: string): readonly string[] | null {
  if (list.trim() === '*') return null;
  const names = list.split(/[\s,]+/).filter(Boolean);
  for (const n of names) if (!/^\.[\w-]+$/.test(n)) throw new Error(`${where}: "@pages-with ${list}" lists "${n}"; write class selectors (.name) or *.`);
  return names.map((n) => n.slice(1));
}

function braceDepthOk(css: string): boolean {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Cuts one file's text into sections at its @pages-with markers. */
export function splitSections(css: string, file: string): StyleSection[] {
  const sections: StyleSection[] = [];
  let when: readonly string[] | null = null;
  let start = 0;
  const push = (end: number) => {
    const text = css.slice(start, end);
    const where = `${file} section ${sections.length + 1}`;
    if (!braceDepthOk(text)) throw new Error(`${where}: a @pages-with marker sits inside a block; put markers only between top-level rules.`);
    if (text.replace(/\/\*[\s\S]*?\*\//g, '').trim()) sections.push({ where, when, css: text });
  };
  for (const m of css.matchAll(MARKER)) {
    push(m.index);
    when = parseWhen(m[1] ?? '', `${file}`);
    start = m.index + m[0].length;
  }
  push(css.length);
  return sections;
}

/** Reads the entry stylesheet and its @imports (in order, one level, as global.css is written) into sections. */
export function readStyleSections(entry: string): StyleSection[] {
  const dir = path.dirname(entry);
  const text = readFileSync(entry, 'utf8');
  const imports = [...text.matchAll(IMPORT)].map((m) => m[1] as string);
  const own = text.replace(IMPORT, '');
  return [...imports.flatMap((file) => splitSections(readFileSync(path.join(dir, file), 'utf8'), file)), ...splitSections(own, path.basename(entry))];
}

/** Every class name used in a page's markup (class attributes as Astro writes them: double-quoted). */
export function pageClasses(html: string): Set<string> {
  const classes = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of (m[1] ?? '').split(/\s+/)) if (c) classes.add(c);
  return classes;
}

/** The indexes of the sections a page needs, in cascade order. */
export function sectionsFor(sections: readonly StyleSection[], classes: ReadonlySet<string>): number[] {
  return sections.flatMap((s, i) => (s.when === null || s.when.some((c) => classes.has(c)) ? [i] : []));
}

/**
 * Build-time values the stylesheet needs (instead of an inline style on the page, which the content-security
 * policy would have to allow): the site's origin, which printed pages put before site-relative link targets.
 */
export function fillBuildValues(css: string, values: { origin: string }): string {
  return css.replace(/var\(--print-origin(?:,[^)]*)?\)/g, JSON.stringify(values.origin));
}
