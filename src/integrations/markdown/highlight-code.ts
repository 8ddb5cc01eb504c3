/**
 * Code highlighting for Markdown and MDX: one Shiki highlighter per thread
 * that highlights (see highlight.ts), shared by every page, with each language's grammar loaded on first
 * use (compiling a grammar costs tens of milliseconds; highlighting a block
 * with a compiled one, about one). Tokens get class names, not inline styles
 * (`<span class="tk-keyword">`), so src/styles/code.css colours them for the
 * light and dark palettes and the content-security policy needs no
 * 'unsafe-inline' for Shiki.
 */
import type { Element, ElementContent } from 'hast';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BundledLanguage } from 'shiki';
import { createBundledHighlighter, createCssVariablesTheme } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { bundledLanguages } from 'shiki/langs';

/** Shiki's CSS-variables theme names each token's kind in its colour: `var(--tk-token-keyword)`. */
const THEME = createCssVariablesTheme({ name: 'site-code', variablePrefix: '--tk-' });
const TOKEN_KIND = /^var\(--tk-token-([a-z-]+)\)$/;

/**
 * Shiki's highlighter with its regular-expression engine's WebAssembly read from its file. Shiki's own default
 * inlines that file gzipped and unpacks it with web streams, which loads Node's fetch implementation in every
 * thread that highlights: about a tenth of a second each, for nothing.
 */
const createHighlighter = createBundledHighlighter<BundledLanguage, never>({
  langs: bundledLanguages,
  themes: {},
  engine: () =>
    createOnigurumaEngine({
      instantiator: async (imports) => {
        const wasm = await readFile(createRequire(import.meta.url).resolve('shiki/onig.wasm'));
        return (await WebAssembly.instantiate(wasm, imports as WebAssembly.Imports)).instance.exports;
      },
    }),
});

let highlighter: ReturnType<typeof createHighlighter> | undefined;
const getHighlighter = () => (highlighter ??= createHighlighter({ themes: [THEME], langs: [] }));

/** Kinds drawn in the text colour (as GitHub's themes do): no class, fewer spans. */
const PLAIN_KINDS = new Set(['punctuation']);

/** The class of one token's colour, or none for plain text. */
export function tokenClass(color: string | undefined): string | undefined {
  const kind = color?.match(TOKEN_KIND)?.[1];
  return kind && !PLAIN_KINDS.has(kind) ? `tk-${kind}` : undefined;
}

/** A highlighted block: `<pre class="code-block" data-language>` with one `<span class="line">` per line. */
export async function highlightCode(code: string, lang: string): Promise<Element> {
  const shiki = await getHighlighter();
  let language = lang || 'plaintext';
  if (language !== 'plaintext' && !shiki.getLoadedLanguages().includes(language)) {
    try {
      await shiki.loadLanguage(language as BundledLanguage);
    } catch {
      // An unknown language shows as plain text, as Astro's own highlighter does.
      language = 'plaintext';
    }
  }
  const lines = language === 'plaintext'
    ? code.split('\n').map((content) => [{ content, color: undefined as string | undefined }])
    : shiki.codeToTokens(code, { lang: language as BundledLanguage, theme: 'site-code' }).tokens;
  const children: ElementContent[] = [];
  lines.forEach((tokens, i) => {
    if (i > 0) children.push({ type: 'text', value: '\n' });
    const spans: ElementContent[] = [];
    for (const token of tokens) {
      const cls = tokenClass(token.color);
      const last = spans[spans.length - 1];
      // Neighbours of the same kind merge: fewer spans, the same colours.
      if (last?.type === 'element' && last.properties['className']?.toString() === cls) (last.children[0] as { value: string }).value += token.content;
      else if (!cls && last?.type === 'text') last.value += token.content;
      else spans.push(cls ? { type: 'element', tagName: 'span', properties: { className: [cls] }, children: [{ type: 'text', value: token.content }] } : { type: 'text', value: token.content });
    }
    children.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: spans });
  });
  return {
    type: 'element',
    tagName: 'pre',
    // Focusable so keyboard users can scroll a wide block (axe: scrollable-region-focusable).
    properties: { className: ['code-block'], dataLanguage: language, tabIndex: 0 },
    children: [{ type: 'element', tagName: 'code', properties: {}, children }],
  };
}
