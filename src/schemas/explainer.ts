/**
 * An explainer's frontmatter (content/explainers/<slug>.mdx). Every field says what authors should write.
 */
import { z } from 'astro/zod';
import { CHANGE_KINDS } from '../lib/changes.ts';
import { isIsoDate } from '../lib/dates.ts';
import { TOPIC_IDS } from '../lib/topics.ts';
import { isoDate, reference } from './common.ts';

// --- accuracy (issue 16): corrections log -----------------------------------
/**
 * One entry in an explainer's public change history (see /about/ for the policy):
 * - correction: the page said something wrong, or claimed more than its source;
 * - update: the facts moved on (a later event), the page now says so;
 * - clarification: the page was right but could be misread; wording made plainer.
 */
export const change = z.object({
  /** When the change was published, as 'YYYY-MM-DD' in quotes (on or after `published`). */
  date: z
    .string({ message: "Each change needs a `date`, in quotes, as 'YYYY-MM-DD' (e.g. '2026-12-03')." })
    .refine(isIsoDate, { message: "Not a real calendar date: write 'YYYY-MM-DD', e.g. '2026-12-03'." }),
  /** correction, update or clarification. */
  kind: z.enum(CHANGE_KINDS, { message: `\`kind\` must be one of: ${CHANGE_KINDS.join(', ')}.` }),
  /** One or two sentences for readers: what changed and why. */
  summary: z.string({ message: 'Each change needs a `summary`: one or two sentences saying what changed and why.' }).min(20).max(500),
  /** Id of the heading of the section it touched (without #); checked against the page's headings when it is built. */
  section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Give the heading id without "#", e.g. what-happened-in-order.').optional(),
});

export const explainerSchema = z
  .object({
    /** Optional URL slug; defaults to the file name. Must be unique (checked before the build). */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens.').optional(),
    /** The page title: a plain question or noun phrase, 10–70 characters (longer titles are cut in search results). */
    title: z.string().min(10).max(70),
    /** One sentence used for search results, link previews and the home page. */
    description: z.string().min(50).max(220),
    /** "The short answer": 2–4 sentences a reader could stop after and still be right. */
    summary: z.string().min(120).max(900),
    /** Topic id, used for the search filter and grouping. */
    topic: z.enum(TOPIC_IDS),
    /** Position in lists (lower first). */
    order: z.number().int().min(0),
    /** First publication date. */
    published: isoDate,
    /** Date the facts were last checked against their sources; shown on the page. */
    reviewed: isoDate,
    /** 3–5 things a student can explain or do afterwards, each starting with a verb. */
    learningObjectives: z.array(z.string().min(10)).min(3).max(5),
    /** 3–5 questions with no single right answer. */
    discussionQuestions: z.array(z.string().min(10)).min(3).max(5),
    /** One short classroom activity. */
    activity: z.object({ title: z.string().min(3), instructions: z.string().min(40) }),
    /** Slugs of related explainers; each must exist. */
    related: z.array(z.string()).default([]),
    /** The primary sources, for "Further reading". */
    furtherReading: z.array(reference).min(2),
    // accuracy (issue 16): the page's public record of corrections and updates.
    /** What changed on this page since it was published, shown on the page and at /changes/. */
    changes: z.array(change).default([]),
  })
  .refine((data) => data.reviewed >= data.published, {
    message: '`reviewed` must be on or after `published`.',
    path: ['reviewed'],
  })
  .superRefine((data, ctx) => {
    data.changes.forEach((c, i) => {
      if (c.date < data.published) {
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: `This change is dated ${c.date}, before the page was first published (${data.published}). A change must be on or after \`published\`.` });
      }
    });
  });
