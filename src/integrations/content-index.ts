/**
 * Build-time view of the seeds and glossary for the MDX checks, which run
 * while MDX compiles (before collections can be queried). It reads the same
 * files as the collections, through the same paragraph splitter, so what the
 * check accepts is exactly what the page renders.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitSeedParagraphs, type SeedParagraph } from '../lib/seed-paragraphs.ts';

export interface ContentIndex {
  /** Source id → paragraphs of its seed. */
  seeds: Map<string, SeedParagraph[]>;
  /** Glossary ids (file names without .yaml). */
  glossary: Set<string>;
}

let cached: { signature: string; index: ContentIndex } | undefined;

/**
 * The index, re-read only when seeds/sources.json or the glossary folder
 * changes (their modification times), so a 1,000-page build reads it once and
 * `astro dev` still sees edits.
 */
export function loadContentIndex(root: string): ContentIndex {
  const signature = [path.join(root, 'seeds', 'sources.json'), path.join(root, 'content', 'glossary')]
    .map((p) => statSync(p).mtimeMs)
    .join(':');
  if (cached?.signature !== signature) cached = { signature, index: readContentIndex(root) };
  return cached.index;
}

function readContentIndex(root: string): ContentIndex {
  const seedsDir = path.join(root, 'seeds');
  const records = JSON.parse(readFileSync(path.join(seedsDir, 'sources.json'), 'utf8')) as { id: string; file: string }[];
  const seeds = new Map(records.map((r) => [r.id, splitSeedParagraphs(readFileSync(path.join(seedsDir, r.file), 'utf8'))]));
  const glossaryDir = path.join(root, 'content', 'glossary');
  const glossary = new Set(readdirSync(glossaryDir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')));
  return { seeds, glossary };
}
