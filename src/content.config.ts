/**
 * The one place that says what valid content is. Every collection has a zod
 * schema; every field says what authors should write. Cross-entry rules
 * (related slugs exist, slugs unique) are checked in src/lib/content-rules.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { seedsLoader } from './loaders/seeds-loader.ts';
import { TOPIC_IDS } from './lib/topics.ts';
import { QUOTE_STATUS_IDS } from './lib/quote-status.ts';
import { isIsoDate } from './lib/dates.ts';
import { CHANGE_KINDS } from './lib/changes.ts';
import { teachingDir } from './lib/teaching.ts';

/** A calendar date written as YYYY-MM-DD; impossible dates (2026-02-30) are rejected. */
const isoDate = z
  .string({ message: 'Write the date as YYYY-MM-DD (in quotes or not).' })
  .or(z.date().transform((d) => d.toISOString().slice(0, 10)))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'Not a real calendar date: write YYYY-MM-DD, e.g. 2026-06-12.',
  });

/** A primary or authoritative reference, listed under "Further reading". */
const reference = z.object({
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

// --- accuracy (issue 16): corrections log -----------------------------------
/**
 * One entry in an explainer's public change history (see /about/ for the policy):
 * - correction: the page said something wrong, or claimed more than its source;
 * - update: the facts moved on (a later event), the page now says so;
 * - clarification: the page was right but could be misread; wording made plainer.
 */
const change = z.object({
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

const explainers = defineCollection({
  // SITE_CONTENT_DIR and SITE_EXPLAINERS let the benchmark build synthetic pages and let an author build one page alone.
  loader: glob({ base: process.env['SITE_CONTENT_DIR'] ?? './content/explainers', pattern: process.env['SITE_EXPLAINERS'] ?? '**/*.mdx' }),
  schema: z
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
    }),
});

const junkKinds = ['ad', 'widget', 'navigation', 'related-links', 'embed-caption', 'duplicate', 'boilerplate', 'ai-disclaimer'] as const;

const sources = defineCollection({
  loader: seedsLoader({ metadataFile: './seeds/sources.json', seedsDir: './seeds' }),
  schema: z.object({
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
  }),
});

const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '**/*.yaml' }),
  schema: z.object({
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
  }),
});

// --- accuracy (issue 16): shared timelines ---------------------------------
/**
 * A dated list of events shared by several pages, so a date is written once
 * (content/timelines/<id>.yaml, shown with <Timeline from="<id>" />). Dates
 * are quoted strings: YAML would silently turn an unquoted 2026-06-31 into
 * 1 July before the schema sees it.
 */
const timelineDate = z
  .string({ message: "Write the date in quotes, as 'YYYY-MM-DD' (e.g. '2026-06-12'), so YAML keeps it as written." })
  .refine(isIsoDate, { message: 'Not a real calendar date: write YYYY-MM-DD, e.g. 2026-06-12.' });

const timelines = defineCollection({
  loader: glob({ base: './content/timelines', pattern: '**/*.yaml' }),
  schema: z.object({
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
  }),
});

/* ---- Teaching kits (issue 15): one file per explainer, content/teaching/<explainer-slug>.yaml ---- */

/** An id on the explainer page: a section heading's anchor (e.g. `soft-targets-and-temperature`) or a figure id. */
const sectionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write the id as it appears after # in the explainer\'s address, e.g. how-a-distillation-attack-works.');

/** One multiple-choice question of the self-check quiz. */
const quizQuestion = z
  .object({
    /** The question. Test understanding (why, what follows, which case), not recall of a date or a name. */
    question: z.string().min(15),
    /** 3–5 answer choices, each a full phrase; the wrong ones should be mistakes a reader could really make. */
    options: z.array(z.string().min(1)).min(3, 'Give at least 3 options.').max(5, 'Give at most 5 options.'),
    /** The correct option, copied exactly from `options`. */
    answer: z.string({ message: 'No correct option: add `answer:` with the exact text of the right option.' }).min(1),
    /** Why the answer is right (and, where useful, why the tempting wrong one is wrong): shown after answering. */
    explanation: z.string().min(40),
    /** The section that teaches it: its id on the explainer page (checked against the built page). */
    section: sectionId,
  })
  .refine((q) => q.options.includes(q.answer), {
    message: 'The answer is not among the options: copy it exactly from `options` (same spelling and punctuation).',
    path: ['answer'],
  })
  .refine((q) => new Set(q.options).size === q.options.length, { message: 'Two options are the same.', path: ['options'] });

const teaching = defineCollection({
  // Kits sit next to the real explainers. A build of another folder of explainers (SITE_CONTENT_DIR: the
  // benchmark's synthetic pages) reads kits from SITE_TEACHING_DIR when given, and otherwise none; "every
  // explainer has a kit" is then not required (see teachingPolicy() in src/lib/teaching.ts).
  loader: teachingDir()
    ? glob({ base: teachingDir() as string, pattern: '**/*.yaml' })
    : { name: 'no-teaching-kits', load: async ({ store }) => store.clear() },
  schema: z.object({
      /** Suggested class time in minutes; the explainer shows it. The lesson steps must add up to it (checked in src/lib/teaching.ts). */
      lessonMinutes: z.number().int().min(20).max(120),
      /** The lesson, in order. */
      lesson: z
        .array(
          z.object({
            /** Minutes for this step. */
            minutes: z.number().int().min(1).max(60),
            /** Short name of the step, e.g. "Starter: what is a model?". */
            title: z.string().min(3),
            /** What the teacher and the students do, in 1–3 sentences. */
            what: z.string().min(20),
            /** The section(s) of the explainer this step uses, if any. */
            sections: z.array(sectionId).default([]),
          }),
        )
        .min(3)
        .max(8),
      /** Sections to assign as reading (before or during the lesson), each with why. */
      assign: z.array(z.object({ section: sectionId, why: z.string().min(20) })).min(2).max(6),
      /** Wrong ideas students bring (often from the news articles) that the page corrects. */
      misconceptions: z
        .array(
          z.object({
            /** The wrong idea, as a student might say it. */
            belief: z.string().min(15),
            /** What is true instead, briefly. */
            correction: z.string().min(30),
            /** Where the page corrects it: a section or figure id on the explainer. */
            section: sectionId,
          }),
        )
        .min(2)
        .max(6),
      /** What a strong answer covers, one entry per discussion question of the explainer, in the same order. */
      answerGuidance: z
        .array(
          z.object({
            /** The points a strong answer makes; there is no single right answer, so name what good reasoning uses. */
            strongAnswer: z.string().min(60),
            /** The sections that support it (ids on the explainer page). */
            sections: z.array(sectionId).min(1),
          }),
        )
        .min(3)
        .max(5),
      /** The self-check quiz: 5–8 questions, shown on the explainer, the teacher page and (without answers) the handout. */
      quiz: z.array(quizQuestion).min(5, 'The quiz needs at least 5 questions.').max(8, 'The quiz has at most 8 questions.'),
      /** How to adapt the lesson. */
      adaptations: z.object({
        /** A version for about half the time. */
        shorter: z.string().min(40),
        /** A version for a double lesson or homework. */
        longer: z.string().min(40),
        /** A version for younger students (about 13–15). */
        younger: z.string().min(40),
      }),
      /** Glossary ids for the handout's key terms (3–8), in teaching order; default: the first 8 the page links. */
      keyTerms: z.array(z.string()).min(3).max(8).optional(),
      /** The figure printed on the handout: its id on the explainer page. An interactive figure is linked, not printed. */
      handoutFigure: z.object({
        id: sectionId,
        interactive: z.boolean().default(false),
        /** Print a tall figure (e.g. a long vertical list) in two columns so the handout keeps to three pages. */
        columns: z.union([z.literal(1), z.literal(2)]).default(1),
      }),
    }),
});

export const collections = { explainers, sources, glossary, timelines, teaching };
