/**
 * A teaching kit (content/teaching/<explainer-slug>.yaml).
 */
import { z } from 'astro/zod';

/** An id on the explainer page: a section heading's anchor (e.g. `soft-targets-and-temperature`) or a figure id. */
export const sectionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Write the id as it appears after # in the explainer\'s address, e.g. how-a-distillation-attack-works.');

/** One multiple-choice question of the self-check quiz. */
export const quizQuestion = z
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

export const teachingSchema = z.object({
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
  });
