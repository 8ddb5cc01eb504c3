/**
 * A shared timeline (content/timelines/<id>.yaml).
 */
import { z } from 'astro/zod';
import { isIsoDate } from '../lib/dates.ts';

/**
 * A dated list of events shared by several pages, so a date is written once
 * (content/timelines/<id>.yaml, shown with <Timeline from="<id>" />). Dates
 * are quoted strings: YAML would silently turn an unquoted 2026-06-31 into
 * 1 July before the schema sees it.
 */
export const timelineDate = z
  .string({ message: "Write the date in quotes, as 'YYYY-MM-DD' (e.g. '2026-06-12'), so YAML keeps it as written." })
  .refine(isIsoDate, { message: 'Not a real calendar date: write YYYY-MM-DD, e.g. 2026-06-12.' });

export const timelineSchema = z.object({
  /** Default accessible name of the figure; a page may give its own. */
  title: z.string().min(10),
  /** The events, oldest first (the same date may repeat). */
  events: z
    .array(
      z.object({
        /** YYYY-MM-DD, in quotes. */
        date: timelineDate,
        /** What happened, one sentence. */
        label: z.string().min(10),
        /** Optional qualifier: who reported it, how certain it is. */
        note: z.string().min(3).optional(),
        /** The source the date and label were checked against. */
        source: z.url().optional(),
      }),
    )
    .min(1)
    .superRefine((events, ctx) => {
      events.forEach((event, i) => {
        const previous = events[i - 1];
        if (previous && previous.date > event.date) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `Events out of order: ${previous.date} (event ${i}) comes before ${event.date} (event ${i + 1}). List events oldest first.`,
          });
        }
      });
    }),
});
