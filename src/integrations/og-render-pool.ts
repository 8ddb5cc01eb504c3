/**
 * Draws Open Graph cards on worker threads, one per core: drawing a card
 * (~25 ms) costs far more than rendering its page's HTML, so a 1,000-page
 * build would otherwise spend most of its time here on one core. Explainer
 * pages ask for their card as they render (`drawOgCard`); /og/<slug>.png then
 * collects the finished PNG. Idle workers are unref'd, so they never hold a
 * build open.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import path from 'node:path';

type Job = { resolve: (png: Uint8Array) => void; reject: (error: Error) => void };
interface Drawer { worker: Worker; jobs: Map<number, Job> }

const drawers: Drawer[] = [];
let nextId = 0;
const drawn = new Map<string, Promise<Uint8Array>>();

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
    drawers.splice(drawers.indexOf(drawer), 1);
  });
  return drawer;
}

/** The least busy worker, starting another while there are fewer than cores. */
function pickDrawer(): Drawer {
  const idle = drawers.find((d) => d.jobs.size === 0);
  if (idle) return idle;
  if (drawers.length < Math.max(1, availableParallelism())) {
    const fresh = startDrawer();
    drawers.push(fresh);
    return fresh;
  }
  return drawers.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
}

/** Starts drawing a card (once per distinct SVG) and returns the PNG when ready. */
export function drawOgCard(svg: string): Promise<Uint8Array> {
  let png = drawn.get(svg);
  if (!png) {
    const drawer = pickDrawer();
    drawer.worker.ref();
    const id = nextId++;
    png = new Promise<Uint8Array>((resolve, reject) => drawer.jobs.set(id, { resolve, reject }));
    drawer.worker.postMessage({ id, svg });
    drawn.set(svg, png);
  }
  return png;
}

/** Collects a card for writing, and forgets it (a 1,000-page build should not hold every PNG). */
export async function takeOgCard(svg: string): Promise<Uint8Array> {
  const png = await drawOgCard(svg);
  drawn.delete(svg);
  return png;
}
