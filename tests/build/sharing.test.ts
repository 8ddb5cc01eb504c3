/** Sharing and discovery over the built site: Open Graph cards and meta, JSON-LD, RSS, sitemap, robots.txt. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { allPages, distDir, readPage, select, selectAll, text } from '../support/dist.ts';

const explainers = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
const meta = (page: ReturnType<typeof readPage>, key: string) =>
  String((select(`meta[property="${key}"]`, page) ?? select(`meta[name="${key}"]`, page))?.properties['content'] ?? '');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The RGBA pixels of a PNG from this site's encoder (8-bit RGBA, filter 0 on every row). */
function pngPixels(file: string): { width: number; rgba: Buffer } {
  const bytes = readFileSync(file);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    if (bytes.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + bytes.readUInt32BE(at)));
  }
  expect(bytes[25], `${file}: colour type`).toBe(6);
  const width = bytes.readUInt32BE(16);
  const raw = inflateSync(Buffer.concat(idat));
  const rows: Buffer[] = [];
  for (let at = 0; at < raw.length; at += width * 4 + 1) {
    expect(raw[at], `${file}: row filter`).toBe(0);
    rows.push(raw.subarray(at + 1, at + 1 + width * 4));
  }
  return { width, rgba: Buffer.concat(rows) };
}

describe('sharing', () => {
  it('every explainer has a 1200×630 Open Graph card of sensible size, named in its meta', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(6);
    for (const p of explainers) {
      const page = readPage(p);
      const image = new URL(meta(page, 'og:image'));
      const file = path.join(distDir(), image.pathname);
      expect(existsSync(file), `${p}: ${image.pathname}`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
      const bytes = readFileSync(file).length;
      expect(bytes, file).toBeGreaterThan(20_000); // drawn text, not an empty canvas
      expect(bytes, file).toBeLessThan(300_000);
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page, 'og:title')).toBe(text(select('h1', page)));
    }
  });

  it('every card is opaque on a white ground, and the build-time card list is not published', () => {
    for (const p of explainers) {
      const file = path.join(distDir(), new URL(meta(readPage(p), 'og:image')).pathname);
      const { width, rgba } = pngPixels(file);
      const translucent = rgba.findIndex((v, i) => i % 4 === 3 && v !== 255);
      expect(translucent, `${file}: first translucent pixel`).toBe(-1);
      // Top right corner: background, away from the stripe and the text.
      const corner = (width - 1) * 4;
      expect([...rgba.subarray(corner, corner + 3)], file).toEqual([255, 255, 255]);
    }
    // src/integrations/og-cards.ts reads /og/cards.json (the cards as SVG) and removes it once they are drawn.
    expect(existsSync(path.join(distDir(), 'og', 'cards.json'))).toBe(false);
  });

  it('every page has a canonical URL, a description and Open Graph basics', () => {
    for (const p of allPages().filter((x) => !x.endsWith('404.html'))) {
      const page = readPage(p);
      const canonical = String(select('link[rel="canonical"]', page)?.properties['href'] ?? '');
      expect(canonical, p).toMatch(/^https:\/\//);
      expect(new URL(canonical).pathname, p).toBe(p);
      expect(meta(page, 'description').length, p).toBeGreaterThan(30);
      expect(meta(page, 'og:url'), p).toBe(canonical);
    }
  });

  it('every explainer carries Article JSON-LD with author, dates and its citations', () => {
    for (const p of explainers) {
      const page = readPage(p);
      const data = JSON.parse(text(select('script[type="application/ld+json"]', page)));
      expect(data['@type'], p).toBe('Article');
      expect(data.author?.name ?? data.author?.[0]?.name, p).toBeTruthy();
      expect(data.datePublished, p).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(data.dateModified, p).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(Array.isArray(data.citation) && data.citation.length >= 3, p).toBe(true);
      expect(data.license, p).toContain('creativecommons.org/licenses/by/4.0');
    }
  });

  it('the RSS feed lists every explainer with its absolute link', () => {
    const feed = readFileSync(path.join(distDir(), 'rss.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml/);
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.sort()).toEqual([...explainers].sort());
    expect(selectAll('link[rel="alternate"][type="application/rss+xml"]', readPage('/')).length).toBe(1);
  });

  it('the sitemap lists every page but 404, and robots.txt points to it', () => {
    const sitemap = readFileSync(path.join(distDir(), 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const pages = allPages().filter((p) => !p.includes('404'));
    expect([...urls].sort()).toEqual([...pages].sort());
    const robots = readFileSync(path.join(distDir(), 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
    expect(existsSync(path.join(distDir(), 'sitemap-index.xml'))).toBe(true);
  });
});
