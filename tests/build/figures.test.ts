/** Interactive figures in the build: each script exists, stays small, and is referenced only by the page that shows its figure. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { allPages, distDir, readPage, selectAll } from '../support/dist.ts';

const EXPECTED: Record<string, string> = {
  '/explainers/distillation/': 'distillation-simulator',
  '/explainers/sec-disclosure/': 'deadline-calculator',
  '/explainers/export-controls/': 'compute-explorer',
};

describe('interactive figures', () => {
  it('each figure’s script is referenced by its own page only, as a lazy island (no <script src>)', () => {
    const found: Record<string, string> = {};
    for (const p of allPages()) {
      const page = readPage(p);
      for (const island of selectAll('[data-island-src]', page)) {
        const src = String(island.properties['dataIslandSrc']);
        const name = String(island.properties['dataIsland']);
        expect(src, p).toBe(`/_figures/${name}.js`);
        found[p] = name;
      }
      const scripts = selectAll('script[src]', page).map((s) => String(s.properties['src']));
      expect(scripts.filter((s) => s.includes('/_figures/')), p).toEqual([]);
    }
    expect(found).toEqual(EXPECTED);
  });

  it('each script exists and is at most 15 KB brotli', () => {
    for (const name of Object.values(EXPECTED)) {
      const file = path.join(distDir(), '_figures', `${name}.js`);
      expect(existsSync(file), file).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.length, file).toBeGreaterThan(500); // a real bundle, with the logic from src/lib
      expect(brotliCompressSync(bytes).length, file).toBeLessThanOrEqual(15 * 1024);
    }
  });
});
