/**
 * What goes into the search index, decided once and unit-tested: which parts of
 * a page are left out, how sibling elements are kept apart, the kinds of result,
 * and the HTML record each glossary entry is indexed as.
 */

/** The kind filter's values, in the order readers see them. */
export const SEARCH_KINDS = ['Explainer', 'Glossary', 'Source article', 'Teacher notes'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Parts of a page that are never indexed: footnote markers ("1", "2" between
 * words), the notes section (titles of cited documents would otherwise make
 * every explainer match every publisher's name), and the words a quote's
 * credit link adds for screen readers ("see the quote in context on the
 * archived article", 58 times over). Pages mark their own other asides with
 * data-pagefind-ignore; these come from the Markdown pipeline and the Quote component.
 */
export const EXCLUDED_SELECTORS = ['[data-footnote-ref]', '[data-footnotes]', 'section.footnotes', '.quote__credit .sr-only'];

/**
 * Astro writes elements back to back (`<time>28 January 2024</time><span>Files…`),
 * and Pagefind joins the text of neighbouring elements, so the index held
 * "2024files" instead of "2024" and "files". A space after every closing tag
 * that is directly followed by an opening tag (and after every <br>) keeps the
 * words apart. Inline formatting inside a word (`H<sub>2</sub>O`) is left alone:
 * there the closing tag is followed by text, not by another element.
 */
export function separateAdjacentElements(html: string): string {
  return html.replace(/(<\/[a-z][a-z0-9-]*\s*>|<br\s*\/?>)(?=<[a-z])/gi, '$1 ').replace(/(<br\s*\/?>)(?=[^\s<])/gi, '$1 ');
}

/**
 * How much a kind of page counts in ranking, against an explainer's 1. Teacher
 * notes and archived articles repeat an explainer's words without teaching the
 * idea, so a reader's query should find the explainer first.
 */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = { 'Teacher notes': 0.15, 'Source article': 0.5 };

/** The page's kind, as its markup declares it (data-pagefind-filter="kind:…" or a "kind" filter element). */
export function pageKind(html: string): string | undefined {
  return (html.match(/data-pagefind-filter="kind:([^"]+)"/) ?? html.match(/data-pagefind-filter="kind"[^>]*>([^<]+)</))?.[1]?.trim();
}

/** Gives the page's indexed body the weight of its kind (unless the page set one itself). */
export function weightByKind(html: string): string {
  const weight = KIND_WEIGHTS[pageKind(html) ?? ''];
  if (weight === undefined) return html;
  return html.replace(/<[a-z][a-z0-9-]*\s[^>]*\bdata-pagefind-body\b[^>]*>/i, (tag) => (/data-pagefind-weight=/.test(tag) ? tag : tag.replace(/\bdata-pagefind-body\b/, `data-pagefind-body data-pagefind-weight="${weight}"`)));
}

/**
 * Pagefind lists every element with an id in the page's fragment (what one
 * search result downloads), but builds sections only from headings. Footnote
 * references, figures and notes made most of those ids, about a tenth of an
 * explainer's fragment: the copy handed to the indexer keeps headings' ids only.
 */
export function keepHeadingIdsOnly(html: string): string {
  return html.replace(/<([a-z][a-z0-9-]*)(\s[^>]*)>/gi, (tag, name: string, attributes: string) =>
    /^h[1-6]$/i.test(name) || !/\sid=/i.test(attributes) ? tag : `<${name}${attributes.replace(/\sid=("[^"]*"|'[^']*'|[^\s>]+)/i, '')}>`,
  );
}

export interface GlossaryRecordInput {
  id: string;
  term: string;
  definition: string;
  aliases?: string[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One glossary entry as its own search result, linking to its anchor on
 * /glossary/. The term is the result's title; the definition is its text.
 * The definition is weighted below explainer prose, so that a term's
 * explainer, which teaches the idea, ranks above its one-paragraph definition.
 */
export function glossaryRecord(entry: GlossaryRecordInput): { url: string; content: string } {
  const aliases = entry.aliases?.length ? `<p data-pagefind-weight="0.2">Also: ${escapeHtml(entry.aliases.join(', '))}</p>` : '';
  return {
    url: `/glossary/#term-${entry.id}`,
    content:
      `<html lang="en"><head></head><body>` +
      // The term goes in its own meta field, not "title": Pagefind boosts title matches five-fold.
      `<main data-pagefind-body data-pagefind-filter="kind:Glossary" data-pagefind-meta="term:${escapeHtml(entry.term)}">` +
      `<p data-pagefind-weight="0.2">${escapeHtml(entry.term)}: glossary definition and meaning.</p>${aliases}` +
      `<p data-pagefind-weight="0.2">${escapeHtml(entry.definition.trim())}</p>` +
      `</main></body></html>`,
  };
}
