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
  sections: string[];
  /** At least this many checked quotes. */
  quotes?: number;
  /** At least this many footnote references. */
  notes?: number;
  /** Glossary ids the page must link with <Term>. */
  terms: string[];
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
    terms: ['api', 'distillation', 'distillation-attack', 'kl-divergence', 'logits', 'model-extraction', 'model-weights', 'rate-limit', 'soft-targets', 'softmax-temperature', 'text-watermarking'],
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
    terms: ['bis', 'commerce-control-list', 'deemed-export', 'distillation', 'ear', 'eccn', 'flop', 'is-informed-letter', 'model-weights'],
  },
  'mythos-reports': {
    quotes: 8,
    notes: 38,
    sections: [
      'what-happened-in-order',
      'what-did-the-five-articles-say',
      'where-do-the-articles-go-wrong',
      'how-did-the-articles-come-to-say-the-same-thing',
      'how-should-you-read-a-story-like-this',
      'what-remains-unknown',
    ],
    terms: ['ai-rmf', 'bis', 'distillation', 'form-8-k', 'model-weights'],
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
    terms: ['ai-rmf', 'cybersecurity-framework', 'deemed-export', 'form-8-k', 'generative-ai-profile', 'model-weights', 'nist', 'registrant', 'trustworthy-ai'],
  },
  'sec-disclosure': {
    quotes: 3,
    notes: 44,
    sections: [
      'what-does-the-sec-cyber-incident-rule-require',
      'when-does-the-four-day-clock-start',
      'counting-four-business-days',
      'what-counts-as-material',
      'can-a-company-delay-or-update-its-report',
      'what-must-companies-say-every-year',
      'how-do-the-rules-apply-to-foreign-companies',
      'whom-does-the-rule-cover',
      'did-the-rule-apply-to-anthropic-and-the-mythos-reports',
      'what-remains-uncertain',
    ],
    terms: ['business-day', 'foreign-private-issuer', 'form-8-k', 'materiality', 'registrant', 'regulation-s-k'],
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
    terms: ['attestation', 'confidential-computing', 'distillation', 'exfiltration', 'inference', 'insider-threat', 'model-weights', 'quantisation', 'security-level'],
  },
  'jailbreaks': {
    quotes: 5,
    notes: 60,
    sections: [
      'what-is-a-jailbreak',
      'how-is-a-jailbreak-different-from-prompt-injection',
      'why-does-safety-training-fail',
      'what-kinds-of-jailbreak-are-there',
      'where-do-the-safeguards-sit-between-a-prompt-and-an-answer',
      'how-do-providers-defend-against-jailbreaks-and-what-does-each-defence-cost',
      'what-happened-with-fable-5',
      'what-did-each-side-say-the-jailbreak-was',
      'how-did-the-fable-5-case-end',
      'what-do-the-news-articles-say-about-the-episode',
      'what-remains-uncertain',
    ],
    terms: ['fine-tuning', 'is-informed-letter', 'jailbreak', 'model-weights', 'prompt-injection', 'red-teaming', 'refusal-training', 'safety-classifier', 'universal-jailbreak'],
  },
  'open-weights': {
    quotes: 5,
    notes: 60,
    sections: [
      'what-does-it-mean-to-release-a-models-weights',
      'what-is-the-release-gradient',
      'is-an-open-weight-model-open-source',
      'what-do-open-weight-licences-allow-and-forbid',
      'can-a-licence-stop-misuse',
      'how-easily-can-safety-training-be-removed',
      'what-do-defenders-gain-from-open-weights',
      'how-should-the-risk-of-open-weights-be-weighed',
      'how-do-leaks-turn-closed-models-into-open-ones',
      'how-do-governments-treat-open-weights',
      'what-do-the-mythos-articles-say-about-open-models',
      'what-remains-uncertain',
    ],
    terms: ['abliteration', 'acceptable-use-policy', 'fine-tuning', 'general-purpose-ai-model', 'marginal-risk', 'model-weights', 'open-weights', 'systemic-risk'],
  },
  'safety-frameworks': {
    quotes: 4,
    notes: 90,
    sections: [
      'what-is-a-frontier-safety-framework',
      'what-do-the-main-company-frameworks-say',
      'what-do-the-frameworks-say-about-securing-weights',
      'what-does-the-eu-ai-act-require-of-general-purpose-ai-models',
      'what-is-the-eu-code-of-practice-and-who-signed-it',
      'what-do-californias-and-new-yorks-laws-require',
      'how-do-the-frameworks-and-laws-compare',
      'how-did-voluntary-promises-become-legal-duties',
      'what-are-the-criticisms-and-limits',
      'what-do-the-mythos-articles-call-for',
      'what-remains-uncertain',
    ],
    terms: ['capability-threshold', 'code-of-practice', 'critical-safety-incident', 'fine-tuning', 'flop', 'frontier-safety-framework', 'general-purpose-ai-model', 'jailbreak', 'model-weights', 'open-weights', 'red-teaming', 'security-level', 'systemic-risk'],
  },
};

const built = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2] as string);

describe('explainers: what every page must do', () => {
  it('every explainer in the table is built', () => {
    for (const slug of Object.keys(SPECS)) expect(built, slug).toContain(slug);
  });

  it('every built explainer is in the table (a new page locks its anchors and terms there)', () => {
    for (const slug of built) expect(Object.keys(SPECS), slug).toContain(slug);
  });

  describe.each(built)('%s', (slug) => {
    // A page missing from the table fails the test above; here it gets an empty spec so the rest still runs.
    const spec: ExplainerSpec = SPECS[slug] ?? { sections: [], terms: [] };
    const basics = explainerBasics(slug);
    const { page, quotes } = basics;

    it('is built with the shared basics: quote links land, headings have ids, figures are named', () => {
      expectSharedBasics(basics);
    });

    it('answers the reader’s questions in order, under stable anchors', () => {
      expectSectionsInOrder(page, spec.sections);
    });

    it('quotes the seeds, each quote with a status note', () => {
      expect(quotes.length).toBeGreaterThanOrEqual(spec.quotes ?? 1);
      expectStatusNotes(quotes);
    });

    it('cites its sources: every footnote reference resolves to a note with a link', () => {
      expectFootnotesResolve(page, spec.notes ?? 1);
    });

    it('links its key terms to the glossary', () => {
      expectTermsLinked(page, spec.terms);
    });
  });
});
