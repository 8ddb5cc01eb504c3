/**
 * Loads the archived seed articles as the `sources` collection.
 *
 * The text is kept verbatim: each non-empty line becomes a paragraph with a
 * stable anchor. A seed whose bytes no longer match its recorded SHA-256 stops
 * the build, because every quotation on the site is checked against these bytes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { splitSeedParagraphs } from '../lib/seed-paragraphs.ts';

interface SeedMetadata {
  id: string;
  file: string;
  sha256: string;
  junk: { lines: number[]; kind: string; note: string }[];
  [key: string]: unknown;
}

export function seedsLoader(options: { metadataFile: string; seedsDir: string }): Loader {
  return {
    name: 'seeds-loader',
    async load({ store, parseData, generateDigest, logger, watcher }) {
      const metadataPath = path.resolve(options.metadataFile);
      watcher?.add(metadataPath);
      const records = JSON.parse(await readFile(metadataPath, 'utf8')) as SeedMetadata[];
      store.clear();
      for (const record of records) {
        const bytes = await readFile(path.resolve(options.seedsDir, record.file));
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (actual !== record.sha256) {
          throw new Error(
            `${options.metadataFile}: seed ${record.file} has SHA-256 ${actual}, expected ${record.sha256}. ` +
              'Seeds are archived verbatim and must not be edited; restore the file from the archive.',
          );
        }
        const junkByLine = new Map(record.junk.flatMap((j) => j.lines.map((line) => [line, { kind: j.kind, note: j.note }] as const)));
        const paragraphs = splitSeedParagraphs(bytes.toString('utf8')).map((p) => {
          const junk = junkByLine.get(p.line);
          return junk ? { ...p, junk } : p;
        });
        const { id, ...rest } = record;
        const data = await parseData({ id, data: { ...rest, paragraphs } });
        store.set({ id, data, digest: generateDigest(actual + JSON.stringify(rest)) });
      }
      logger.info(`Loaded ${records.length} seed articles`);
    },
  };
}
