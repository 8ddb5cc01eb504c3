/**
 * A glossary entry (content/glossary/<id>.yaml).
 */
import { z } from 'astro/zod';

export const glossarySchema = z.object({
  /** The term as readers see it, e.g. "Model weights". */
  term: z.string().min(2),
  /** Other spellings an author may link, e.g. ["weights"]. */
  aliases: z.array(z.string()).default([]),
  /** Plain-words definition, 1–3 sentences; shown in previews. */
  definition: z.string().min(30).max(600),
  /** Where the definition comes from, when one helps. */
  source: z.object({ title: z.string(), publisher: z.string(), url: z.url() }).optional(),
  /** Glossary ids of related terms. */
  seeAlso: z.array(z.string()).default([]),
});
