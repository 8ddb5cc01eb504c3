/**
 * Remark plugin: stops the build on bad content in MDX, naming the file and
 * line. Checks every <Quote> against its seed, every <Term> against the
 * glossary. Runs at compile time because only here do we know the file and
 * line of each element.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { locateQuote, describeQuoteMiss } from '../lib/quote-match.ts';
import { termKey } from '../lib/terms.ts';
import { loadContentIndex, type ContentIndex } from './content-index.ts';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: { type: string; value?: string; children?: unknown[] }[];
  position?: { start: { line: number; column: number } };
}

function attr(node: JsxNode, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function textOf(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => textOf(c as { value?: string; children?: unknown[] })).join('');
}

export function remarkContentChecks(options: { root: string }) {
  return () => (tree: Root, file: VFile) => {
    const index = loadContentIndex(options.root);
    const relative = file.path ? file.path.replace(`${options.root}/`, '') : '(unknown MDX file)';
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (raw) => {
      const node = raw as unknown as JsxNode;
      const line = node.position?.start.line;
      const where = line ? `${relative}:${line}` : relative;
      if (node.name === 'Quote') checkQuote(node, where, relative, line, index);
      if (node.name === 'Term') checkTerm(node, where, index);
    });
  };
}

function checkQuote(node: JsxNode, where: string, file: string, line: number | undefined, index: ContentIndex) {
  const sourceId = attr(node, 'source');
  const text = attr(node, 'text');
  if (!sourceId) throw new Error(`${where}: <Quote> needs a source="…" attribute naming a seed id (${[...index.seeds.keys()].join(', ')}).`);
  if (!text) throw new Error(`${where}: <Quote source="${sourceId}"> needs a text="…" attribute with the exact words, as a plain string.`);
  const paragraphs = index.seeds.get(sourceId);
  if (!paragraphs) {
    throw new Error(`${where}: unknown source "${sourceId}" in <Quote>. Known sources: ${[...index.seeds.keys()].join(', ')}.`);
  }
  const result = locateQuote(paragraphs, text);
  if (!result.found) throw new Error(describeQuoteMiss({ file, line, sourceId, quote: text, miss: result }));
}

function checkTerm(node: JsxNode, where: string, index: ContentIndex) {
  const id = attr(node, 'id') ?? termKey(textOf(node as never));
  if (!index.glossary.has(id)) {
    throw new Error(
      `${where}: unknown glossary term "${id}" in <Term>. Add content/glossary/${id}.yaml, or name an existing entry with id="…".`,
    );
  }
}
