/**
 * Sätteri mdast plugin: stops the build on bad content in MDX, naming the file
 * and line. Checks every <Quote> against its seed and every <Term> against the
 * glossary. It runs while MDX compiles because only there are the file and
 * line of each element known.
 *
 * It also records what later steps need (src/lib/explainer-facts.ts): the
 * reading time and level of the prose and every quote with the seed paragraph it was
 * found in, in the compiled file's frontmatter (`remarkPluginFrontmatter`), so
 * no page re-reads the MDX to find them.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { MdastPluginDefinition, MdastPluginEntry } from 'satteri';
import { AstroError } from 'astro/errors';
import { locateQuote, describeQuoteMiss } from '../../lib/quote-match.ts';
import { termKey } from '../../lib/terms.ts';
import { readingLevel } from '../../lib/reading-level.ts';
import { readingMinutes } from '../../lib/reading-time.ts';
import { FACTS_KEY, type ExplainerFacts, type RecordedQuote } from '../../lib/explainer-facts.ts';
import { loadContentIndex, type ContentIndex } from '../content-index.ts';

/** The parts of an MDX JSX element (mdast) the checks read. */
export interface JsxElement {
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } } | undefined;
}

const QUOTE_HINT = 'A <Quote> copies words from an archived article: seeds/sources.json lists the ids, /sources/<id>/ shows each paragraph. Only whitespace, straight or curly quotes and dash variants may differ (README: Add a quote).';
const TERM_HINT = 'A <Term> links its words to content/glossary/<id>.yaml; give id="…" when the words differ from the entry (README: Add a glossary term).';

function attr(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Where an author looks: `content/explainers/x.mdx:12`. */
function where(file: string, node: JsxElement): string {
  const line = node.position?.start.line;
  return line ? `${file}:${line}` : file;
}

/** Throws the author-facing error for a bad <Quote>; returns the quote, located in its seed, when it is found word for word. */
export function checkQuote(node: JsxElement, file: string, index: ContentIndex): RecordedQuote {
  const at = where(file, node);
  const sourceId = attr(node, 'source');
  const text = attr(node, 'text');
  if (!sourceId) throw new AstroError(`${at}: <Quote> needs a source="…" attribute naming a seed id (${[...index.seeds.keys()].join(', ')}).`, QUOTE_HINT);
  if (!text) throw new AstroError(`${at}: <Quote source="${sourceId}"> needs a text="…" attribute with the exact words, as a plain string.`, QUOTE_HINT);
  const paragraphs = index.seeds.get(sourceId);
  if (!paragraphs) throw new AstroError(`${at}: unknown source "${sourceId}" in <Quote>. Known sources: ${[...index.seeds.keys()].join(', ')}.`, QUOTE_HINT);
  const result = locateQuote(paragraphs, text);
  if (!result.found) throw new AstroError(describeQuoteMiss({ file, line: node.position?.start.line, sourceId, quote: text, miss: result }), QUOTE_HINT);
  return { source: sourceId, text, status: attr(node, 'status'), line: node.position?.start.line ?? 0, anchor: result.paragraph.anchor };
}

/** Throws the author-facing error for a <Term> with no glossary entry. `text` is the element's visible words. */
export function checkTerm(node: JsxElement, text: string, file: string, index: ContentIndex): void {
  const id = attr(node, 'id') ?? termKey(text);
  if (!index.glossary.has(id)) {
    throw new AstroError(`${where(file, node)}: unknown glossary term "${id}" in <Term>. Add content/glossary/${id}.yaml, or name an existing entry with id="…".`, TERM_HINT);
  }
}

/**
 * The plugin, made once per document; `root` is the Astro config root, against which files are named and seeds
 * and glossary read.
 */
export function contentChecksPlugin(root: string): MdastPluginEntry {
  return (doc): MdastPluginDefinition => {
    const file = doc.fileURL ? path.relative(root, fileURLToPath(doc.fileURL)) : '(unknown MDX file)';
    const index = loadContentIndex(root);
    const quotes: RecordedQuote[] = [];
    const facts: ExplainerFacts = { readingMinutes: readingMinutes(doc.source), readingLevel: readingLevel(doc.source), quotes };
    // Astro's MDX processor exports data.astro.frontmatter as the compiled file's frontmatter (remarkPluginFrontmatter).
    const astro = (doc.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter[FACTS_KEY] = facts;
    const visit = (node: JsxElement, ctx: { textContent(n: never): string }) => {
      if (node.name === 'Quote') quotes.push(checkQuote(node, file, index));
      else if (node.name === 'Term') checkTerm(node, ctx.textContent(node as never), file, index);
    };
    return {
      name: 'content-checks',
      // Errors name the line, so positions must be tracked.
      options: { position: true },
      mdxJsxFlowElement: (node, ctx) => visit(node as JsxElement, ctx as never),
      mdxJsxTextElement: (node, ctx) => visit(node as JsxElement, ctx as never),
    };
  };
}
