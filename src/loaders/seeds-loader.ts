/**
 * Loads the archived seed articles as the `sources` collection, through
 * readSeeds() (read-seeds.ts), the one function that reads them: the text is
 * kept verbatim, each non-empty line a paragraph with a stable anchor, and a
 * seed whose bytes no longer match its recorded SHA-256 stops the build.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readSeeds, seedsPaths } from './read-seeds.ts';

export function seedsLoader(): Loader {
  return {
    name: 'seeds-loader',
    async load({ store, parseData, generateDigest, logger, watcher, config }) {
      const root = fileURLToPath(config.root);
      watcher?.add(seedsPaths(root).metadata);
      const seeds = readSeeds(root);
      store.clear();
      for (const { record, paragraphs } of seeds) {
        const { id, ...rest } = record;
        const data = await parseData({ id, data: { ...rest, paragraphs } });
        store.set({ id, data, digest: generateDigest(record.sha256 + JSON.stringify(rest)) });
      }
      logger.info(`Loaded ${seeds.length} seed articles`);
    },
  };
}
