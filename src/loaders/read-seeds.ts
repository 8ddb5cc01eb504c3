/**
 * The one function that reads the archived seed articles: the `sources`
 * collection (seeds-loader.ts) and the quote check that runs while MDX
 * compiles (src/integrations/content-index.ts) both call it, so what the check
 * accepts is exactly what the source pages render, and the files are read and
 * hashed once per build.
 *
 * A seed whose bytes no longer match its recorded SHA-256 stops the build:
 * every quotation on the site is checked against these bytes.
 */
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { splitSeedParagraphs, type SeedParagraph } from '../lib/seed-paragraphs.ts';

export interface SeedJunk {
  kind: string;
  note: string;
}

/** One record of seeds/sources.json (the schema, src/schemas/source.ts, checks the rest). */
export interface SeedRecord {
  id: string;
  file: string;
  sha256: string;
  junk: ({ lines: number[] } & SeedJunk)[];
  [key: string]: unknown;
}

export interface SeedArticle {
  record: SeedRecord;
  /** The article's non-empty lines, with anchors; scraping junk marked as its record says. */
  paragraphs: (SeedParagraph & { junk?: SeedJunk })[];
}

/** Where the seeds are, from the Astro config root (never the working directory). */
export function seedsPaths(root: string): { dir: string; metadata: string } {
  const dir = path.join(root, 'seeds');
  return { dir, metadata: path.join(dir, 'sources.json') };
}

let cached: { signature: string; records: SeedRecord[]; seeds: SeedArticle[] } | undefined;

/**
 * Every seed article, in the order seeds/sources.json lists them. Re-read only
 * when that file or a seed changes (modification times), so `astro dev` sees
 * edits and a build reads each file once.
 */
export function readSeeds(root: string): SeedArticle[] {
  const { dir, metadata } = seedsPaths(root);
  const stamp = (files: string[]) => files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
  // Stat only while the metadata is unchanged; parse it again when it is not.
  if (cached && cached.signature === stamp([metadata, ...cached.records.map((r) => path.join(dir, r.file))])) return cached.seeds;
  const records = JSON.parse(readFileSync(metadata, 'utf8')) as SeedRecord[];
  const signature = stamp([metadata, ...records.map((r) => path.join(dir, r.file))]);
  const seeds = records.map((record) => {
    const bytes = readFileSync(path.join(dir, record.file));
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== record.sha256) {
      throw new AstroError(
        `seeds/${record.file} has SHA-256 ${actual}, but seeds/sources.json records ${record.sha256}: the archived article was edited.`,
        'Seeds are archived verbatim and every quote is checked against their bytes: restore the file from ../shared/seeds/ (git checkout seeds/), never edit it.',
      );
    }
    const junkByLine = new Map(record.junk.flatMap((j) => j.lines.map((line) => [line, { kind: j.kind, note: j.note }] as const)));
    const paragraphs = splitSeedParagraphs(bytes.toString('utf8')).map((p) => {
      const junk = junkByLine.get(p.line);
      return junk ? { ...p, junk } : p;
    });
    return { record, paragraphs };
  });
  cached = { signature, records, seeds };
  return seeds;
}
