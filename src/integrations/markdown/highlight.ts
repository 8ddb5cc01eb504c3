/**
 * Code highlighting for Markdown and MDX: one Shiki highlighter per build
 * process, shared by every page, with each language's grammar loaded on first
 * use (compiling a grammar costs tens of milliseconds; highlighting a block
 * with a compiled one, about one). Tokens get class names, not inline styles
 * (`<span class="tk-keyword">`), so src/styles/code.css colours them for the
 * light and dark palettes and the content-security policy needs no
 * 'unsafe-inline' for Shiki.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { createCssVariablesTheme, createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';

/** Shiki's CSS-variables theme names each token's kind in its colour: `var(--tk-token-keyword)`. */
const THEME = createCssVariablesTheme({ name: 'site-code', variablePrefix: '--tk-' });
const TOKEN_KIND = /^var\(--tk-token-([a-z-]+)\)$/;

let highlighter: Promise<Highlighter> | undefined;
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

/**
 * Highlighting on worker threads (highlight-worker.ts, by its path from the config root). Compiling a language's
 * grammar is most of highlighting's cost, so each language always goes to the same worker, and languages are
 * spread over the workers in the order they first appear: every grammar is compiled once, on a core the main
 * thread is not using while it compiles pages. The workers start, and load Shiki, as soon as the plugin is made
 * (while Astro loads the config and the content); an idle worker never holds a build open (tinypool unrefs it).
 */
function highlightOnWorkers(filename: string, count: number): (code: string, lang: string) => Promise<Element> {
  const pools = Array.from({ length: count }, () => new Tinypool({ filename, minThreads: 1, maxThreads: 1 }));
  // A failure to start surfaces again, with the page's name, on the first real block.
  for (const pool of pools) pool.run({ code: '', lang: 'plaintext' }).catch(() => undefined);
  const poolOf = new Map<string, Tinypool>();
  return (code, lang) => {
    let pool = poolOf.get(lang);
    if (!pool) poolOf.set(lang, (pool = pools[poolOf.size % count]!));
    return pool.run({ code, lang }) as Promise<Element>;
  };
}

/**
 * The hast plugin: replaces each fenced block's `<pre><code class="language-x">` with its highlighted form,
 * on worker threads when given `worker` (see highlightOnWorkers), else on this thread.
 */
export function highlightPlugin(options: { worker?: string } = {}): HastPluginDefinition {
  const highlight = options.worker ? highlightOnWorkers(options.worker, Math.min(2, availableParallelism())) : highlightCode;
  return {
    name: 'highlight',
    element: {
      filter: ['pre'],
      visit(node: Readonly<Element>, ctx) {
        const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
        if (!code) return;
        const className = code.properties?.['className'];
        const fromClass = Array.isArray(className) ? className.map(String).find((c) => c.startsWith('language-'))?.slice('language-'.length) : undefined;
        const lang = (code.data as { lang?: string } | undefined)?.lang ?? fromClass ?? 'plaintext';
        return highlight(ctx.textContent(code).replace(/\n$/, ''), lang);
      },
    },
  };
}
