/**
 * The content collections: where each kind of content is loaded from. What valid content is lives in
 * src/schemas/ (one file per collection, every field commented, unit-tested with safeParse); cross-entry rules
 * (related slugs exist, slugs unique) are in src/lib/content-rules.ts. To add a field, edit its schema there.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { seedsLoader } from './loaders/seeds-loader.ts';
import { teachingDir } from './lib/teaching.ts';
import { explainerSchema } from './schemas/explainer.ts';
import { sourceSchema } from './schemas/source.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { timelineSchema } from './schemas/timeline.ts';
import { teachingSchema } from './schemas/teaching.ts';

const explainers = defineCollection({
  // SITE_CONTENT_DIR and SITE_EXPLAINERS let the benchmark build synthetic pages and let an author build one page alone.
  loader: glob({ base: process.env['SITE_CONTENT_DIR'] ?? './content/explainers', pattern: process.env['SITE_EXPLAINERS'] ?? '**/*.mdx' }),
  schema: explainerSchema,
});

const sources = defineCollection({
  // seeds/sources.json and seeds/*.txt, from the config root.
  loader: seedsLoader(),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '**/*.yaml' }),
  schema: glossarySchema,
});

const timelines = defineCollection({
  loader: glob({ base: './content/timelines', pattern: '**/*.yaml' }),
  schema: timelineSchema,
});

const teaching = defineCollection({
  // Kits sit next to the real explainers. A build of another folder of explainers (SITE_CONTENT_DIR: the
  // benchmark's synthetic pages) reads kits from SITE_TEACHING_DIR when given, and otherwise none; "every
  // explainer has a kit" is then not required (see teachingPolicy() in src/lib/teaching.ts).
  loader: teachingDir()
    ? glob({ base: teachingDir() as string, pattern: '**/*.yaml' })
    : { name: 'no-teaching-kits', load: async ({ store }) => store.clear() },
  schema: teachingSchema,
});

export const collections = { explainers, sources, glossary, timelines, teaching };
