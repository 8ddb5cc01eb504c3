/**
 * Pieces several content schemas share: dates as authors write them, and references.
 */
import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD; impossible dates (2026-02-30) are rejected. */
export const isoDate = z
  .string({ message: 'Write the date as YYYY-MM-DD (in quotes or not).' })
  .or(z.date().transform((d) => d.toISOString().slice(0, 10)))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'Not a real calendar date: write YYYY-MM-DD, e.g. 2026-06-12.',
  });

/** A primary or authoritative reference, listed under "Further reading". */
export const reference = z.object({
  /** Full title as the issuer gives it. */
  title: z.string().min(3),
  /** Who issued it: agency, court, company, journal or authors. */
  publisher: z.string().min(2),
  /** Publication date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD.'),
  /** Canonical URL of the document. */
  url: z.url(),
  /** Release number, FR citation, DOI, arXiv id… where one exists. */
  identifier: z.string().optional(),
  /** One sentence: why a reader should open it. */
  why: z.string().min(10),
});
