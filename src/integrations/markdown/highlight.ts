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
 * thread is not using while it compiles pages. `warm` starts the workers and loads Shiki in them; the build
 * calls it as it starts compiling (see index.ts), so the first block does not wait for that. Started with the
 * config instead, they slowed Astro's own start more than they saved. An idle worker and its timer are unref'd
 * by tinypool, so neither holds a build open.
 */
function highlightOnWorkers(filename: string, count: number): { highlight: (code: string, lang: string) => Promise<Element>; warm: () => void } {
  const pools = Array.from({ length: count }, () => new Tinypool({ filename, minThreads: 0, maxThreads: 1, idleTimeout: 60_000 }));
  const poolOf = new Map<string, Tinypool>();
  return {
    highlight: (code, lang) => {
      let pool = poolOf.get(lang);
      if (!pool) poolOf.set(lang, (pool = pools[poolOf.size % count]!));
      return pool.run({ code, lang }) as Promise<Element>;
    },
    // A failure to start surfaces again, with the page's name, on the first real block.
    warm: () => pools.forEach((pool) => pool.run({ code: '', lang: 'plaintext' }).catch(() => undefined)),
  };
}

/**
 * The hast plugin, which replaces each fenced block's `<pre><code class="language-x">` with its highlighted form,
 * on worker threads when given `worker` (see highlightOnWorkers), else on this thread; and `warm`, which starts
 * the workers ahead of the first block (nothing to do without them).
 */
export function highlighting(options: { worker?: string } = {}): { plugin: HastPluginDefinition; warm: () => void } {
  const workers = options.worker ? highlightOnWorkers(options.worker, Math.min(2, availableParallelism())) : undefined;
  const highlight = workers?.highlight ?? (async (code: string, lang: string) => (await import('./highlight-code.ts')).highlightCode(code, lang));
  const plugin: HastPluginDefinition = {
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
  return { plugin, warm: workers?.warm ?? (() => undefined) };
}
