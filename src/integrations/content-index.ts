/**
 * Build-time view of the seeds and glossary for the MDX checks, which run
 * while MDX compiles (before collections can be queried). Seeds come from
 * readSeeds(), the same function the `sources` collection loads them with, so
 * what the check accepts is exactly what the source pages render.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SeedParagraph } from '../lib/seed-paragraphs.ts';
import { readSeeds } from '../loaders/read-seeds.ts';

export interface ContentIndex {
  /** Source id → paragraphs of its seed. */
  seeds: Map<string, SeedParagraph[]>;
  /** Glossary ids (file names without .yaml). */
  glossary: Set<string>;
}

let cached: { seeds: unknown; glossarySignature: number; index: ContentIndex } | undefined;

/**
 * The index. Seeds are cached by readSeeds(); glossary ids are re-read only
 * when the glossary folder changes, so a 1,000-page build reads them once and
 * `astro dev` still sees edits.
 */
export function loadContentIndex(root: string): ContentIndex {
  const glossaryDir = path.join(root, 'content', 'glossary');
  const glossarySignature = statSync(glossaryDir).mtimeMs;
  const seeds = readSeeds(root);
  if (cached?.seeds !== seeds || cached.glossarySignature !== glossarySignature) {
    const glossary = new Set(readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')));
    cached = { seeds, glossarySignature, index: { seeds: new Map(seeds.map((s) => [s.record.id, s.paragraphs])), glossary } };
  }
  return cached.index;
}
