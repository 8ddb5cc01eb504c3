/**
 * The Open Graph card cache, shared by the integration (src/integrations/og-cards.ts) and its worker: each
 * drawn card is kept under its SVG's hash (with the renderer's version), so an unchanged card is copied, not
 * drawn again.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bump when the renderer or encoder changes, so cached cards drawn the old way are not reused. */
const RENDERER = 'resvg-js-2.6.2+dejavu-subset-1+png-rgba-level1';

/** The cache file name of a card: its SVG's hash, with the renderer's version. */
export function cardCacheKey(svg: string): string {
  return createHash('sha256').update(RENDERER).update('\0').update(svg).digest('hex').slice(0, 32);
}

export function cachedCardPath(cacheDir: string, svg: string): string {
  return path.join(cacheDir, `${cardCacheKey(svg)}.png`);
}

/** Writes a card into the cache whole or not at all (another build may be copying from the same folder). */
export function writeCachedCard(cacheDir: string, svg: string, png: Uint8Array): void {
  const file = cachedCardPath(cacheDir, svg);
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
