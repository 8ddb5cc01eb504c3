/**
 * An archived seed article (seeds/sources.json and seeds/*.txt, read by src/loaders/seeds-loader.ts).
 */
import { z } from 'astro/zod';
import { QUOTE_STATUS_IDS } from '../lib/quote-status.ts';
import { isoDate } from './common.ts';

export const junkKinds = ['ad', 'widget', 'navigation', 'related-links', 'embed-caption', 'duplicate', 'boilerplate', 'ai-disclaimer'] as const;

export const sourceSchema = z.object({
  /** Seed file name in seeds/. */
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  headline: z.string(),
  outlet: z.string(),
  /** "stated": the text names the outlet; "implied": identified from where the same text is published. */
  outletBasis: z.enum(['stated', 'implied']),
  author: z.string().nullable(),
  published: isoDate.nullable(),
  dateNote: z.string().optional(),
  updated: isoDate.optional(),
  /** The original reporting the article relies on. */
  cites: z.array(z.string()),
  summary: z.string(),
  quality: z.array(z.string()),
  problems: z.array(z.object({ lines: z.array(z.number().int().positive()), status: z.enum(QUOTE_STATUS_IDS), note: z.string() })),
  junk: z.array(z.object({ lines: z.array(z.number().int().positive()), kind: z.enum(junkKinds), note: z.string() })),
  /** The article, one entry per non-empty line, with stable anchors. */
  paragraphs: z.array(
    z.object({
      line: z.number().int().positive(),
      anchor: z.string(),
      text: z.string(),
      junk: z.object({ kind: z.enum(junkKinds), note: z.string() }).optional(),
    }),
  ),
});
