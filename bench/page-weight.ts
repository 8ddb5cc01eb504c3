/**
 * What a browser downloads for the first view of a built page, before any
 * interaction: the HTML, the stylesheets and scripts it references, and the
 * icon. Inline scripts count inside the HTML; scripts loaded on use (search,
 * figures) do not count, because nothing requests them until the reader acts.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export interface Sizes { raw: number; gzip: number; brotli: number }
export interface PageWeight {
  page: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** Bytes of inline <script> text inside the HTML (already counted in html). */
  inlineJsRaw: number;
  cssFiles: number;
  requests: number;
  total: Sizes;
}

export function sizes(buf: Buffer): Sizes {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function pageWeight(distDir: string, base: string, urlPath: string): PageWeight {
  const file = path.join(distDir, urlPath.replace(/^\//, ''), urlPath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const local = (href: string) => path.join(distDir, href.replace(new RegExp(`^${base}`), '').split(/[?#]/)[0] as string);
  const stylesheets = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  const scripts = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const icons = [...text.matchAll(/<link[^>]+rel="icon"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  const inlineJsRaw = [...text.matchAll(/<script(?![^>]*(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1] ?? ''), 0);
  const css = stylesheets.map((h) => sizes(readFileSync(local(h)))).reduce(add, ZERO);
  const js = scripts.map((h) => sizes(readFileSync(local(h)))).reduce(add, ZERO);
  const icon = icons.filter((h) => existsSync(local(h))).map((h) => sizes(readFileSync(local(h)))).reduce(add, ZERO);
  const htmlSizes = sizes(html);
  return {
    page: urlPath,
    html: htmlSizes,
    css,
    js,
    inlineJsRaw,
    cssFiles: stylesheets.length,
    requests: 1 + stylesheets.length + scripts.length + icons.length,
    total: [htmlSizes, css, js, icon].reduce(add, ZERO),
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
