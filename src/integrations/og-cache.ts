/**
 * The Open Graph card cache, shared by the integration (src/integrations/og-cards.ts) and its worker: each
 * drawn card is kept under its SVG's hash (with the renderer's version), so an unchanged card is copied, not
 * drawn again; and the cards the explainers' frontmatter describes, for the worker to draw into it early.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { explainerOgSvg } from '../lib/og-image.ts';
import { TOPIC_IDS, type TopicId } from '../lib/topics.ts';
import { readExplainerFiles } from './content-checks.ts';

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

/**
 * The cards the explainers' frontmatter describes, as SVG, read straight from the files before the content
 * layer has validated them. A file whose frontmatter lacks a title, description or known topic is skipped:
 * the content layer reports it, with its file and line.
 */
export function cardsFromFrontmatter(explainersDir: string, root: string, host: string): string[] {
  const svgs: string[] = [];
  for (const { frontmatter } of readExplainerFiles(explainersDir, root)) {
    try {
      const data = parseYaml(frontmatter.map((l) => l.text).join('\n')) as { title?: unknown; description?: unknown; topic?: unknown } | null;
      if (typeof data?.title !== 'string' || typeof data.description !== 'string' || !TOPIC_IDS.includes(data.topic as TopicId)) continue;
      svgs.push(explainerOgSvg({ title: data.title, description: data.description, topic: data.topic as TopicId }, host));
    } catch {
      // Bad YAML: the content layer's to report.
    }
  }
  return svgs;
}
