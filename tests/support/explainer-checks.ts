/**
 * Checks every explainer's build test shares: the section order, quotes with
 * status notes, footnotes that resolve, glossary links and accessible SVG
 * figures. Each one asserts, so a test reads as a list of what its page must do.
 */
import { expect } from 'vitest';
import type { Element, Root } from 'hast';
import { select, selectAll, text } from './dist.ts';

/** A space-separated or list-valued hast property (className, ariaLabelledBy) as a list of strings. */
export function tokens(node: Element | undefined, prop: string): string[] {
  const value: unknown = node?.properties[prop];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** The page's h2 ids include `expected`, in that order (other sections may sit between them). */
export function expectSectionsInOrder(page: Root, expected: string[]): void {
  const ids = selectAll('article h2', page).map((h) => String(h.properties['id']));
  const positions = expected.map((id) => ids.indexOf(id));
  expect(positions.every((p) => p >= 0), `missing among ${ids.join(', ')}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

/** Every quote carries a status note of a real sentence. */
export function expectStatusNotes(quotes: Element[]): void {
  for (const q of quotes) {
    expect(select('.quote__status', q), text(select('blockquote', q))).toBeTruthy();
    expect(text(select('.quote__status', q)).length).toBeGreaterThan(20);
  }
}

/** Every footnote reference resolves to a note with a link; returns the notes' text. */
export function expectFootnotesResolve(page: Root, atLeast: number): string {
  const refs = selectAll('article a[data-footnote-ref]', page);
  expect(refs.length).toBeGreaterThanOrEqual(atLeast);
  for (const ref of refs) {
    const target = String(ref.properties['href']).replace(/^#/, '');
    const note = select(`[id="${target}"]`, page);
    expect(note, target).toBeTruthy();
    expect(select('a[href^="http"]', note!), target).toBeTruthy();
  }
  return text(select('section[data-footnotes]', page));
}

/** Each glossary id is linked from the article by a Term. */
export function expectTermsLinked(page: Root, ids: string[]): void {
  const terms = selectAll('article a.term', page).map((a) => String(a.properties['dataTerm']));
  for (const id of ids) expect(terms, id).toContain(id);
}

/**
 * A <Figure> with an inline SVG: the figure is named, the SVG is an image
 * named by its own <title> and <desc>, and it scales (no fixed size).
 */
export function expectSvgFigure(page: Root, id: string): { figure: Element; svg: Element; name: string; title: Element; desc: Element } {
  const figure = select(`figure#${id}`, page);
  expect(figure, `figure#${id}`).toBeTruthy();
  const name = tokens(figure, 'ariaLabelledBy').map((ref) => text(select(`[id="${ref}"]`, page))).join(' ');
  expect(name.length, `figure#${id} accessible name`).toBeGreaterThan(10);
  const svg = select('svg', figure!);
  expect(svg?.properties['role']).toBe('img');
  const refs = tokens(svg, 'ariaLabelledBy');
  expect(refs.length).toBe(2);
  const [title, desc] = refs.map((ref) => select(`[id="${ref}"]`, figure!));
  expect(title?.tagName).toBe('title');
  expect(desc?.tagName).toBe('desc');
  expect(svg?.properties['width']).toBeUndefined();
  expect(svg?.properties['height']).toBeUndefined();
  return { figure: figure!, svg: svg!, name, title: title!, desc: desc! };
}

/**
 * A diagram (src/components/diagrams/): the figure is named by its caption and described by a text alternative
 * of everything it shows; its visible title is set; it holds no scaling SVG text. Returns the parts to check.
 */
export function expectDiagramFigure(page: Root, id: string): { figure: Element; name: string; title: Element; desc: Element } {
  const figure = select(`figure#${id}`, page);
  expect(figure, `figure#${id}`).toBeTruthy();
  const name = tokens(figure, 'ariaLabelledBy').map((ref) => text(select(`[id="${ref}"]`, page))).join(' ');
  expect(name.length, `figure#${id} accessible name`).toBeGreaterThan(10);
  const described = tokens(figure, 'ariaDescribedBy');
  expect(described, `figure#${id} accessible description`).toHaveLength(1);
  const desc = select(`[id="${described[0]}"]`, figure!);
  expect(text(desc).length, `figure#${id} description`).toBeGreaterThan(100);
  const title = select('.figure-title', figure!);
  expect(text(title).length, `figure#${id} title`).toBeGreaterThan(10);
  expect(selectAll('svg text', figure!), `figure#${id} SVG text`).toEqual([]);
  return { figure: figure!, name, title: title!, desc: desc! };
}

/** What explainerBasics found is sound: the article exists, every quote's link lands, headings have ids, figures are named. */
export function expectSharedBasics(basics: { page: Root; brokenQuotes: string[]; headings: Element[]; unnamedFigures: Element[] }): void {
  expect(select('article', basics.page)).toBeTruthy();
  expect(basics.brokenQuotes).toEqual([]);
  expect(basics.headings.every((h) => typeof h.properties['id'] === 'string')).toBe(true);
  expect(basics.unnamedFigures).toEqual([]);
}

/**
 * A code block highlighted by the site's Shiki plugin: `<pre class="code-block" data-language>` whose tokens are
 * coloured by class (`tk-keyword`…, coloured for both themes in src/styles/code.css), with no inline style, so the
 * content-security policy needs no 'unsafe-inline' for code.
 */
export function expectHighlighted(pre: Element | undefined, language: string, minTokens = 10): void {
  expect(pre, `a ${language} code block`).toBeTruthy();
  expect(tokens(pre, 'className')).toContain('code-block');
  expect(pre!.properties['dataLanguage']).toBe(language);
  expect(selectAll('[style]', pre!), 'no inline styles in code').toEqual([]);
  const coloured = selectAll('span[class^="tk-"]', pre!);
  expect(coloured.length).toBeGreaterThan(minTokens);
  expect(new Set(coloured.map((s) => tokens(s, 'className')[0])).size, 'several kinds of token').toBeGreaterThan(2);
}

/** The nodes of one h2 section of an explainer: what follows the heading's wrapper, up to the next h2. */
export function sectionNodesOf(page: Root, id: string): Element[] {
  const article = select('article', page);
  const h2 = select(`article h2[id="${id}"]`, page);
  expect(h2, id).toBeTruthy();
  const all = [article!, ...selectAll('article *', page)];
  const wrapper = all.find((el) => el.children.includes(h2!));
  expect(tokens(wrapper, 'className')).toContain('heading-wrapper');
  const parent = all.find((el) => el.children.includes(wrapper!));
  const siblings = (parent?.children ?? []).filter((c): c is Element => c.type === 'element');
  const rest = siblings.slice(siblings.indexOf(wrapper!) + 1);
  const isH2 = (el: Element) => el.tagName === 'h2' || (tokens(el, 'className').includes('level-h2') && !!select('h2', el));
  const end = rest.findIndex(isH2);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The text of one h2 section (see sectionNodesOf). */
export function sectionTextOf(page: Root, id: string): string {
  return sectionNodesOf(page, id)
    .map((n) => text(n))
    .join(' ');
}
