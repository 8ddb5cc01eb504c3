/**
 * The code-highlighting hast plugin: each fenced block's `<pre><code class="language-x">` becomes its
 * highlighted form (highlight-code.ts: Shiki, with class names, each grammar compiled once).
 *
 * Highlighting is most of a second of work for a hundred blocks, and it is done on one worker thread
 * (highlight-worker.ts, by its path from the config root). `astro build` starts that thread as soon as the
 * config is read, with the MDX files' fenced blocks to highlight ahead, on the core Astro's own start-up leaves
 * partly idle: the pass ends before the pages compile, so every block is ready when its page asks. (Measured on
 * two cores with a hundred blocks: it lengthens the start-up by about a quarter of a second and shortens the
 * compile by 0.7 to 1 s.)
 * A block the early pass did not find, or found differently, is highlighted when asked for. (Two threads, or
 * highlighting on the main thread, cost more: each thread loads Shiki again, and on the main thread the work
 * lengthens the compile itself.) An idle worker and its timer are unref'd by tinypool, so neither holds a
 * build open.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import Tinypool from 'tinypool';
import type { HighlightTask } from './highlight-worker.ts';

/**
 * The hast plugin, which highlights on the worker thread `worker` (a path); and `prefill`, which has the worker
 * highlight every fenced block of the MDX files in a folder ahead.
 */
export function highlighting(worker: string): { plugin: HastPluginDefinition; prefill: (dir: string) => void } {
  const pool = new Tinypool({ filename: worker, minThreads: 0, maxThreads: 1, idleTimeout: 60_000 });
  const highlight = (code: string, lang: string) => pool.run({ code, lang } satisfies HighlightTask) as Promise<Element>;
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
  // A failed early pass only means the blocks are highlighted when asked for (where a real failure surfaces
  // again, naming the page).
  const prefill = (dir: string) => void pool.run({ prefill: dir } satisfies HighlightTask).catch(() => undefined);
  return { plugin, prefill };
}
