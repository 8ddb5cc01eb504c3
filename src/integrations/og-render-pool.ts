/**
 * Draws Open Graph cards on worker threads, one fewer than the cores (the
 * main thread keeps one): drawing a card (~10 ms) costs more than rendering its
 * page's HTML. Cards are started early, from two places:
 * src/integrations/og-cards.ts draws every card from the frontmatter when the
 * build starts, while Vite is still compiling pages; an explainer page asks
 * again as it renders (`drawOgCard`, a no-op when the card is on its way), and
 * /og/<slug>.png collects the PNG (`takeOgCard`). Idle workers are unref'd,
 * so they never hold a build open.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import path from 'node:path';

type Job = { resolve: (png: Uint8Array) => void; reject: (error: Error) => void };
interface Drawer { worker: Worker; jobs: Map<number, Job> }
interface Pool {
  drawers: Drawer[];
  nextId: number;
  drawn: Map<string, Promise<Uint8Array>>;
  /** Cards started at build start, and how many pages found theirs there. */
  ahead: Set<string>;
  taken: { ahead: number; late: number };
}

// One pool per process: the integration (loaded with the config) and the pages (loaded from Astro's
// prerender bundle) import separate copies of this module, and must share the cards and workers.
const POOL = Symbol.for('model-security-explained.og-render-pool');
const pool: Pool = ((globalThis as Record<symbol, Pool | undefined>)[POOL] ??= {
  drawers: [],
  nextId: 0,
  drawn: new Map(),
  ahead: new Set(),
  taken: { ahead: 0, late: 0 },
});

function startDrawer(): Drawer {
  // Resolved from the project root: this module runs from Astro's bundled build folder.
  const worker = new Worker(path.join(process.cwd(), 'src', 'integrations', 'og-render-worker.ts'));
  const drawer: Drawer = { worker, jobs: new Map() };
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = drawer.jobs.get(id);
    drawer.jobs.delete(id);
    if (error || !png) job?.reject(new Error(`Open Graph card: ${error}`));
    else job?.resolve(png);
    if (drawer.jobs.size === 0) worker.unref();
  });
  worker.on('error', (error) => {
    for (const job of drawer.jobs.values()) job.reject(error);
    drawer.jobs.clear();
    pool.drawers.splice(pool.drawers.indexOf(drawer), 1);
  });
  return drawer;
}

/** The least busy worker, starting another while there are fewer than the cores the main thread leaves free. */
function pickDrawer(): Drawer {
  const idle = pool.drawers.find((d) => d.jobs.size === 0);
  if (idle) return idle;
  if (pool.drawers.length < Math.max(1, availableParallelism() - 1)) {
    const fresh = startDrawer();
    pool.drawers.push(fresh);
    return fresh;
  }
  return pool.drawers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
}

/** Starts drawing a card (once per distinct SVG) and returns the PNG when ready. */
export function drawOgCard(svg: string): Promise<Uint8Array> {
  let png = pool.drawn.get(svg);
  if (!png) {
    const drawer = pickDrawer();
    drawer.worker.ref();
    const id = pool.nextId++;
    png = new Promise<Uint8Array>((resolve, reject) => drawer.jobs.set(id, { resolve, reject }));
    // A card drawn ahead may never be collected (a page that fails its schema): never an unhandled rejection.
    png.catch(() => undefined);
    drawer.worker.postMessage({ id, svg });
    pool.drawn.set(svg, png);
  }
  return png;
}

/** Starts every card the build will need, before any page renders. */
export function drawOgCardsAhead(svgs: Iterable<string>): void {
  for (const svg of svgs) {
    pool.ahead.add(svg);
    void drawOgCard(svg);
  }
}

/** Collects a card for writing, and forgets it (a 1,000-page build should not hold every PNG). */
export async function takeOgCard(svg: string): Promise<Uint8Array> {
  if (pool.ahead.delete(svg)) pool.taken.ahead++;
  else pool.taken.late++;
  const png = await drawOgCard(svg);
  pool.drawn.delete(svg);
  return png;
}

/** How many cards pages found drawn ahead, and how many they had to start themselves. */
export function ogCardCounts(): { ahead: number; late: number } {
  return { ...pool.taken };
}
