/**
 * The code-highlighting hast plugin. Blocks are highlighted by highlight-code.ts (Shiki, with class names),
 * on worker threads in a build; Shiki itself is loaded by those threads only, never by the main one.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';

/**
 * Highlighting on worker threads (highlight-worker.ts, by its path from the config root). Compiling a language's
 * grammar is most of highlighting's cost, so each language always goes to the same worker, and languages are
 * spread over the workers in the order they first appear: every grammar is compiled once, on a core the main
 * thread is not using while it compiles pages. A worker starts with its first block (started with the config
 * instead, loading Shiki slowed Astro's own start more than it saved) and stays for the build; tinypool unrefs
 * an idle worker and its timer, so neither holds a build open.
 */
function highlightOnWorkers(filename: string, count: number): (code: string, lang: string) => Promise<Element> {
  const pools = Array.from({ length: count }, () => new Tinypool({ filename, minThreads: 0, maxThreads: 1, idleTimeout: 60_000 }));
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
  const highlight = options.worker
    ? highlightOnWorkers(options.worker, Math.min(2, availableParallelism()))
    : async (code: string, lang: string) => (await import('./highlight-code.ts')).highlightCode(code, lang);
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
