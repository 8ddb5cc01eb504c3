/**
 * Worker thread: draws Open Graph cards (SVG → 1200×630 PNG) with resvg's
 * WebAssembly build and the DejaVu Sans fonts from npm, and encodes them with
 * Node's zlib (src/lib/png.ts), while the main build thread renders pages.
 * The background is resvg's `background` option, a plain fill: as a full-size
 * <rect> it cost about a third of each card's drawing time.
 */
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { encodeRgbaPng } from '../lib/png.ts';
import { OG_BACKGROUND } from '../lib/og-image.ts';

const require = createRequire(path.join(process.cwd(), 'package.json'));
await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontBuffers = await Promise.all(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => readFile(path.join(fontDir, f))));

parentPort!.on('message', ({ id, svg }: { id: number; svg: string }) => {
  try {
    // Free the WebAssembly objects at once: left to the garbage collector, they pile up in the
    // module's memory and every later card draws about twice as slowly.
    const resvg = new Resvg(svg, { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: OG_BACKGROUND });
    let png: Uint8Array<ArrayBuffer>;
    try {
      const image = resvg.render();
      try {
        png = new Uint8Array(encodeRgbaPng(image.width, image.height, image.pixels));
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
    parentPort!.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});
