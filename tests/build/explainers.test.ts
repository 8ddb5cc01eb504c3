/**
 * What every explainer page must do, checked the same way for each: the shared basics (quote links land,
 * headings have ids, figures are named), its sections in order under stable anchors (what teachers link),
 * quotes that each carry a status note, footnotes that resolve to a linked source, and its key terms linked
 * to the glossary. The table below holds each page's own figures; an explainer not in it still gets every
 * check that needs no figure. What is particular to one page stays in tests/build/<slug>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { allPages, explainerBasics } from '../support/dist.ts';
import { expectFootnotesResolve, expectSectionsInOrder, expectSharedBasics, expectStatusNotes, expectTermsLinked } from '../support/explainer-checks.ts';

interface ExplainerSpec {
  /** h2 ids that must appear in this order (teachers link them: renaming one breaks their links). */
  sections?: string[];
  /** At least this many checked quotes. */
  quotes?: number;
  /** At least this many footnote references. */
  notes?: number;
  /** Glossary ids the page must link with <Term>. */
  terms?: string[];
}

const SPECS: Record<string, ExplainerSpec> = {
  'distillation': {
    sections: [
      'what-is-knowledge-distillation',
      'how-does-the-distillation-loss-work',
      'can-a-model-be-copied-through-its-api',
      'what-is-a-distillation-attack',
      'who-has-alleged-distillation-attacks-and-against-whom',
      'what-do-the-mythos-articles-claim-about-distillation',
      'how-do-ai-companies-detect-and-defend-against-distillation',
      'what-remains-uncertain',
    ],
    quotes: 5,
    notes: 44,
  },
  'export-controls': {
    sections: [
      'what-is-an-export-control',
      'why-were-ai-chips-the-first-thing-controlled',
      'what-did-the-january-2025-rule-do-to-model-weights',
      'how-much-computing-power-crosses-the-threshold',
      'what-happened-to-the-january-2025-rule',
      'what-did-the-us-do-about-mythos-in-june-2026',
      'what-do-the-mythos-articles-get-wrong-about-export-controls',
      'why-are-model-weights-hard-to-control-as-an-export',
      'what-remains-uncertain',
    ],
    quotes: 4,
    notes: 60,
  },
  'mythos-reports': {
    quotes: 8,
    notes: 38,
  },
  'nist-ai-rmf': {
    sections: [
      'what-is-the-nist-ai-risk-management-framework',
      'who-is-it-for-and-does-anyone-have-to-use-it',
      'how-is-the-framework-organised',
      'what-does-nist-mean-by-trustworthy-ai',
      'what-are-the-playbook-and-the-generative-ai-profile',
      'how-would-a-lab-use-it-against-weight-theft-and-distillation',
      'what-do-the-mythos-articles-say-about-the-framework',
      'what-is-the-ai-rmf-often-confused-with',
      'what-has-happened-to-the-framework-since-2023',
      'what-remains-uncertain',
    ],
    quotes: 3,
    notes: 45,
  },
  'sec-disclosure': {
    quotes: 3,
    notes: 44,
  },
  'weight-theft': {
    sections: [
      'what-are-model-weights',
      'why-is-a-copy-of-the-weights-the-whole-model',
      'how-do-weights-get-stolen',
      'what-real-leaks-and-thefts-have-happened',
      'what-are-rands-security-levels',
      'how-do-ai-labs-defend-their-weights-and-what-does-each-defence-cost',
      'how-is-weight-theft-different-from-distillation',
      'what-do-the-mythos-articles-claim-about-weights',
      'what-remains-uncertain',
    ],
    quotes: 3,
    notes: 41,
  },
  'jailbreaks': {
    quotes: 5,
    notes: 60,
  },
  'open-weights': {
    quotes: 5,
    notes: 60,
  },
  'safety-frameworks': {
    quotes: 4,
    notes: 90,
  },
};

const built = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2] as string);

describe('explainers: what every page must do', () => {
  it('every explainer in the table is built', () => {
    for (const slug of Object.keys(SPECS)) expect(built, slug).toContain(slug);
  });

  describe.each(built)('%s', (slug) => {
    const spec = SPECS[slug] ?? {};
    const basics = explainerBasics(slug);
    const { page, quotes } = basics;

    it('is built with the shared basics: quote links land, headings have ids, figures are named', () => {
      expectSharedBasics(basics);
    });

    it.skipIf(!spec.sections)('answers the reader’s questions in order, under stable anchors', () => {
      expectSectionsInOrder(page, spec.sections!);
    });

    it('quotes the seeds, each quote with a status note', () => {
      expect(quotes.length).toBeGreaterThanOrEqual(spec.quotes ?? 1);
      expectStatusNotes(quotes);
    });

    it('cites its sources: every footnote reference resolves to a note with a link', () => {
      expectFootnotesResolve(page, spec.notes ?? 1);
    });

    it.skipIf(!spec.terms)('links its key terms to the glossary', () => {
      expectTermsLinked(page, spec.terms!);
    });
  });
});
