/**
 * Page-scoped stylesheets (src/integrations/page-styles.ts) and a content-security policy with no
 * 'unsafe-inline' for styles: every page links exactly one stylesheet, carries no inline style, and its
 * stylesheet holds every rule that its markup can match.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { allPages, distDir, pageFile, readPage, select, selectAll } from '../support/dist.ts';
import { pageClasses, readStyleSections, sectionsFor } from '../../src/lib/page-styles.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sections = readStyleSections(path.join(root, 'src/styles/global.css'));

/** The selectors of a section's style rules (at any depth inside @media, @container, @supports), comments removed. */
function selectors(css: string): string[] {
  const out: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const open = text.indexOf('{', i);
      if (open < 0 || open >= to) return;
      let depth = 1;
      let close = open + 1;
      for (; close < to && depth; close++) depth += text[close] === '{' ? 1 : text[close] === '}' ? -1 : 0;
      const prelude = text.slice(i, open).trim();
      if (/^@(media|container|supports)/.test(prelude)) walk(open + 1, close - 1);
      else if (!prelude.startsWith('@') && !/^(from|to|\d+%)$/.test(prelude)) out.push(...prelude.split(/,(?![^(]*\))/).map((s) => s.trim()));
      i = close;
    }
  };
  walk(0, text.length);
  return out;
}

// States the static page cannot be in (hover, focus, a link's target, an open popover) and pseudo-elements are
// dropped: a rule for `.toc__list a:hover` is needed wherever `.toc__list a` is on the page.
const STATEFUL = /::?(?:hover|focus-visible|focus-within|focus|active|target|visited|popover-open|checked|empty|before|after|-webkit-details-marker|marker|placeholder)(?![\w-])/g;
function staticSelector(selector: string): string {
  return selector.replace(/:has\(:(?:target|focus-visible)\)/g, '').replace(STATEFUL, '').replace(/:not\(\)/g, '').replace(/:is\(\)/g, '*') || '*';
}

function matches(tree: Root, classes: ReadonlySet<string>, selector: string): boolean {
  const s = staticSelector(selector);
  if (/^(?:\*|:root|html)[^\s>+~]*$/.test(s)) return false; // rules for the document itself: tokens, not markup
  // Quick no: a class the selector requires is not on the page (parenthesised alternatives and negations aside).
  const required = [...s.replace(/:(?:not|is|where|has)\([^)]*\)/g, '').matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
  if (required.some((c) => !classes.has(c))) return false;
  try {
    return Boolean(select(s, tree));
  } catch {
    return false; // a selector hast-util-select cannot evaluate (e.g. #\# tricks in search.css, an every-page section)
  }
}

const linked = (tree: Root) => selectAll('link[rel="stylesheet"]', tree).map((l) => String(l.properties['href']));

describe('page-scoped stylesheets', () => {
  const pages = allPages();

  it('every page links exactly one stylesheet, which exists', () => {
    for (const p of pages) {
      const links = linked(readPage(p));
      expect(links, p).toHaveLength(1);
      expect(existsSync(path.join(distDir(), links[0]!.replace(/^\//, ''))), `${p}: ${links[0]}`).toBe(true);
    }
  });

  it('every rule that can match a page’s markup is in that page’s stylesheet', () => {
    const problems: string[] = [];
    const sectionSelectors = sections.map((section) => selectors(section.css));
    for (const p of pages) {
      const tree = readPage(p);
      const html = readFileSync(pageFile(p), 'utf8');
      const classes = pageClasses(html);
      const picked = new Set(sectionsFor(sections, classes));
      const css = readFileSync(path.join(distDir(), linked(tree)[0]!.replace(/^\//, '')), 'utf8');
      sections.forEach((section, i) => {
        // A section the page picked: the file must really hold it, so every class its rules name appears in the
        // page's stylesheet (every rule's, a superset of the rules that match: no selector matching needed).
        // A section it did not pick: no rule of it may match the page's markup.
        const needed = picked.has(i) ? sectionSelectors[i]! : sectionSelectors[i]!.filter((s) => matches(tree, classes, s));
        if (!needed.length) return;
        if (!picked.has(i)) problems.push(`${p}: needs ${section.where} (for ${needed[0]}) but its markers (${section.when?.join(', ')}) do not pick it`);
        for (const cls of new Set(needed.flatMap((s) => [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!)))) {
          if (!new RegExp(`\\.${cls}(?![\\w-])`).test(css)) problems.push(`${p}: its stylesheet lacks .${cls} (${section.where})`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('an explainer does not carry other pages’ rules (glossary, source pages, teacher notes, the home page)', () => {
    const css = readFileSync(path.join(distDir(), linked(readPage('/explainers/weight-theft/'))[0]!.replace(/^\//, '')), 'utf8');
    const has = (cls: string) => new RegExp(`\\.${cls}(?![\\w-])`).test(css);
    expect(['glossary__entry', 'source-para', 'teach__facts', 'handout', 'start-card'].filter(has)).toEqual([]);
    expect(has('fig-levels')).toBe(true); // its own figure's rules are there
    expect(has('fig-gradient')).toBe(false); // another explainer's figure's are not
  });

  it('writes the site origin into the print rules instead of an inline style', () => {
    const tree = readPage('/explainers/weight-theft/');
    const css = readFileSync(path.join(distDir(), linked(tree)[0]!.replace(/^\//, '')), 'utf8');
    expect(css).not.toContain('--print-origin');
    expect(css).toMatch(/content:\s*" \(" "https?:\/\/[^"]+" attr\(href\) "\)"/);
    expect(select('[style]', tree)).toBeUndefined();
  });
});

describe('no inline styles (the policy allows none)', () => {
  it('no built page has a style attribute or a <style> element', () => {
    const found: string[] = [];
    for (const p of allPages()) {
      const tree = readPage(p);
      for (const el of selectAll('[style], style', tree)) found.push(`${p}: <${el.tagName}${el.properties['style'] ? ` style="${String(el.properties['style'])}"` : ''}>`);
    }
    expect(found).toEqual([]);
  });

  it('no page’s policy allows inline styles', () => {
    for (const p of allPages()) {
      const policy = String(select('meta[http-equiv="content-security-policy"]', readPage(p))?.properties['content'] ?? '');
      expect(policy, p).toMatch(/style-src 'self'/);
      expect(policy, p).not.toMatch(/style-src[^;]*'unsafe-inline'/);
    }
    const headers = readFileSync(path.join(distDir(), '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: [^\n]*style-src 'self'/);
    expect(headers).not.toMatch(/style-src[^;\n]*'unsafe-inline'/);
  });
});
