/**
 * Worker (tinypool): draws one Open Graph card, SVG → 1200×630 PNG, with resvg's native build and the
 * DejaVu Sans fonts (no system fonts, so the same image on every machine), and encodes it with Node's zlib
 * (src/lib/png.ts). Cards whose characters the subset fonts cover (og-fonts/charset.ts, nearly all) are laid
 * out with those, which draw the same pixels at a third less cost; any other card uses the full fonts from
 * npm. The background is resvg's `background` option, a plain fill: as a full-size <rect> it cost about a
 * third of each card's drawing time.
 *
 * A task is a batch of cards, not one: the pool's bookkeeping per task (it measures the worker's heap after
 * each) cost as much as drawing a card. A card that cannot be drawn comes back as an error naming its slug.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { encodeRgbaPng } from '../lib/png.ts';
import { OG_BACKGROUND } from '../lib/og-image.ts';
import { inSubset } from './og-fonts/charset.ts';

const require = createRequire(import.meta.url);
const fullDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FULL = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fullDir, f));
const SUBSET = ['DejaVuSans-Subset.ttf', 'DejaVuSans-Bold-Subset.ttf'].map((f) => path.join(import.meta.dirname, 'og-fonts', f));

export function drawCard(svg: string): Uint8Array {
  const fontFiles = inSubset(svg) ? SUBSET : FULL;
  const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: OG_BACKGROUND }).render();
  return new Uint8Array(encodeRgbaPng(image.width, image.height, image.pixels));
}

export type DrawnCard = { slug: string; png: Uint8Array } | { slug: string; error: string };

export default function drawCards({ cards }: { cards: { slug: string; svg: string }[] }): DrawnCard[] {
  return cards.map(({ slug, svg }) => {
    try {
      return { slug, png: drawCard(svg) };
    } catch (error) {
      return { slug, error: (error as Error).message };
    }
  });
}
