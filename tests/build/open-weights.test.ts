import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectStatusNotes, expectTermsLinked, tokens, sectionNodesOf, sectionTextOf } from '../support/explainer-checks.ts';
import type { Element } from 'hast';

const slug = 'open-weights';

/** The licence texts themselves: a licence claim must cite at least one of these. */
const LICENCE_TEXTS = [
  'https://www.llama.com/llama2/license/',
  'https://www.llama.com/llama3/license/',
  'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
  'https://www.llama.com/llama3_1/use-policy/',
  'https://www.apache.org/licenses/LICENSE-2.0',
  'https://opensource.org/license/mit',
  'https://ai.google.dev/gemma/terms',
  'https://ai.google.dev/gemma/prohibited_use_policy',
  'https://github.com/deepseek-ai/DeepSeek-R1/blob/main/LICENSE',
  'https://github.com/openai/gpt-oss/blob/main/LICENSE',
  'https://opensource.org/ai/open-source-ai-definition',
];

/** Words that mark a sentence as a claim about what a named licence or definition says. */
const LICENCE_CLAIM = /Community License|licences? (?:all )?say|Apache|\bMIT\b|Gemma Terms|Terms of Use|use policy|Open Source AI Definition|licence lets|licence makes|licences forbade/i;

describe('explainer: open-weights', () => {
  const basics = explainerBasics(slug);
  const { page, quotes } = basics;

  it('is built at /explainers/open-weights/ with the shared basics', () => {
    expect(basics.headings.length).toBeGreaterThan(12);
  });

  it('keeps the sub-sections teachers link (the h2 order is locked in explainers.test.ts)', () => {
    for (const id of ['gpt-2-the-classic-staged-release', 'llama-open-with-conditions', 'apache-20-and-mit-few-conditions', 'gemma-googles-own-terms', 'export-controls-published-weights-were-left-out']) {
      expect(select(`article h3[id="${id}"]`, page), id).toBeTruthy();
    }
  });

  it('draws the release gradient as a named figure with Solaiman’s six steps in order, each with what the developer keeps', () => {
    const figure = select('figure#release-gradient', page);
    expect(figure).toBeTruthy();
    const name = tokens(figure, 'ariaLabelledBy').map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    expect(name).toMatch(/release gradient, from fully closed to fully open/);
    expect(name).toMatch(/Solaiman/);
    const steps = selectAll('ol.fig-gradient__steps > li', figure!);
    const names = steps.map((li) => text(select('.fig-gradient__name', li)).replace(/\u00ad/g, '').replace(/^\d+\s*/, '').trim());
    const SIX = ['Fully closed', 'Gradual or staged access', 'Hosted access', 'Cloud-based or API access', 'Downloadable access', 'Fully open'];
    expect(names).toEqual(SIX);
    for (const li of steps) {
      const terms = selectAll('dt', li).map((dt) => text(dt));
      expect(terms).toEqual(['Who can use it', 'Examples', 'Developer still controls']);
      for (const dd of selectAll('dd', li)) expect(text(dd).length).toBeGreaterThan(4);
    }
    // The accessible description says everything the figure shows, step by step, in order.
    const description = tokens(figure, 'ariaDescribedBy').map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    const at = SIX.map((step, i) => description.indexOf(`Step ${i + 1}, ${step}.`));
    expect(at.every((i) => i >= 0), description).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(description).toMatch(/Licence terms only/);
    // Named models sit where the text puts them.
    expect(text(steps[1]!)).toContain('GPT-2');
    expect(text(steps[4]!)).toMatch(/gpt-oss/);
    expect(text(steps[4]!)).toMatch(/No recall/);
    expect(text(steps[5]!)).toContain('OLMo');
    // Both ends of the arrow are words, not only a drawing.
    expect(text(select('.fig-gradient__end--closed', figure!))).toMatch(/control/);
    expect(text(select('.fig-gradient__end--open', figure!))).toMatch(/access/);
  });

  it('keeps the figure’s text between 12 px and body size in the built stylesheet', () => {
    const href = selectAll('link[rel="stylesheet"]', page).map((l) => String(l.properties['href']))[0];
    expect(href).toBeTruthy();
    const css = readFileSync(join('dist', href!), 'utf8');
    // The shared figure type scale, declared once on .fig.
    const scale = new Map([...css.matchAll(/(--fig-(?:text|note|small)):\s*([\d.]+)rem/g)].map((m) => [m[1]!, Number(m[2]) * 16]));
    expect(scale.size).toBe(3);
    const rules = [...css.matchAll(/([^{}]*fig-gradient[^{}]*)\{([^}]*)\}/g)];
    expect(rules.length).toBeGreaterThan(8);
    const sizes = rules.flatMap(([, , body]) =>
      [...body!.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => {
        const value = m[1]!.trim();
        const v = /^var\((--fig-[a-z]+)\)$/.exec(value);
        if (v) return scale.get(v[1]!) ?? NaN;
        const rem = /^([\d.]+)rem$/.exec(value);
        return rem ? Number(rem[1]) * 16 : NaN;
      }),
    );
    expect(sizes.length).toBeGreaterThan(4);
    for (const px of sizes) {
      expect(px).toBeGreaterThanOrEqual(12);
      expect(px).toBeLessThanOrEqual(17);
    }
    // It changes layout by the figure's own width: a row of six when there is room.
    const row = /@container\s*\((?:min-width:\s*|width\s*>=\s*)40rem\)[^@]*fig-gradient__steps\{[^}]*repeat\(6/.test(css);
    expect(row, 'a 40rem container query lays the steps in six columns').toBe(true);
  });

  it('quotes the seed articles on open models, each with a status note and a link to its source', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expectStatusNotes(quotes);
    for (const q of quotes) expect(select('figcaption a[href^="/sources/"]', q), text(select('blockquote', q))).toBeTruthy();
    const mythos = sectionNodes('what-do-the-mythos-articles-say-about-open-models').flatMap((n) =>
      n.tagName === 'figure' && tokens(n, 'className').includes('quote') ? [n] : selectAll('figure.quote', n),
    );
    expect(mythos.length).toBeGreaterThanOrEqual(3);
    const said = quotes.map((q) => text(select('blockquote', q)));
    expect(said.some((t) => t.includes('Unlike open-weight models that are freely downloadable'))).toBe(true);
    expect(said.some((t) => t.includes('The era of open model access for frontier AI is ending'))).toBe(true);
  });

  it('cites its sources, and every licence claim cites the licence text itself', () => {
    const notes = expectFootnotesResolve(page, 60);
    for (const url of LICENCE_TEXTS) expect(notes, url).toContain(url);
    for (const id of ['2302.04844', '2310.20624', '2311.00117', '2310.03693', '2408.00761', '2412.07097', '90 FR 4544', '2024/1689']) expect(notes).toContain(id);

    const claims = ['is-an-open-weight-model-open-source', 'what-do-open-weight-licences-allow-and-forbid', 'can-a-licence-stop-misuse']
      .flatMap((id) => sectionNodes(id))
      .flatMap((n) => (n.tagName === 'p' || n.tagName === 'li' ? [n] : selectAll('p, li', n)))
      .filter((block) => LICENCE_CLAIM.test(text(block)));
    expect(claims.length).toBeGreaterThanOrEqual(8);
    for (const block of claims) {
      const cited = selectAll('a[data-footnote-ref]', block).map((ref) => {
        const note = select(`[id="${String(ref.properties['href']).slice(1)}"]`, page);
        return selectAll('a[href^="http"]', note!).map((a) => String(a.properties['href']));
      });
      expect(cited.flat().some((url) => LICENCE_TEXTS.includes(url)), text(block)).toBe(true);
    }
  });

  it('links to the weight-theft and export-controls sections it builds on', () => {
    const hrefs = selectAll('article a[href^="/explainers/"]', page).map((a) => String(a.properties['href']));
    expect(hrefs).toContain('/explainers/weight-theft/#why-is-a-copy-of-the-weights-the-whole-model');
    expect(hrefs).toContain('/explainers/export-controls/#eccn-4e091-what-it-covered');
    for (const href of hrefs.filter((h) => h.includes('#'))) {
      const [path, frag] = href.split('#');
      expect(select(`[id="${frag}"]`, readPage(path!)), href).toBeTruthy();
    }
  });

  it('tells the leaks as leaks and states the costs of removing safeguards', () => {
    const leaks = sectionText('how-do-leaks-turn-closed-models-into-open-ones');
    expect(leaks).toMatch(/leak/);
    expect(leaks).not.toMatch(/stolen/i);
    expect(leaks).toMatch(/takedown requests/);
    const removal = sectionText('how-easily-can-safety-training-be-removed');
    expect(removal).toMatch(/\$0\.20/);
    expect(removal).toMatch(/under \$200/);
    expect(removal).toMatch(/“thousands”.*“hundreds”/);
  });

  it('links its key terms to the glossary', () => {
    expectTermsLinked(page, ['model-weights', 'open-weights', 'acceptable-use-policy', 'fine-tuning', 'abliteration', 'marginal-risk']);
    const glossary = readPage('/glossary/');
    for (const id of ['open-weights', 'abliteration', 'marginal-risk']) expect(select(`[id="term-${id}"]`, glossary), id).toBeTruthy();
  });

  it('has a teaching kit: an 8-question quiz on the page, teacher notes, and a handout that prints the release gradient', () => {
    const questions = selectAll('section.quiz fieldset[data-quiz-question]', page);
    expect(questions.length).toBe(8);
    for (const q of questions) expect(selectAll('input[data-correct]', q).length).toBe(1);
    const teach = readPage('/explainers/open-weights/teach/');
    expect(text(select('#lesson', teach))).toContain('50 minutes');
    expect(selectAll('.teach__guidance > li', teach).length).toBe(4); // one per discussion question
    const handout = select('article.handout', readPage('/explainers/open-weights/handout/'));
    expect(handout).toBeTruthy();
    const figure = select('figure[id="release-gradient"]', handout!);
    expect(figure).toBeTruthy();
    expect(selectAll('ol.fig-gradient__steps > li', figure!).length).toBe(6);
  });

  /** The nodes between the h2 with this id and the next h2 (each h2 sits in a div.heading-wrapper). */
  function sectionNodes(id: string): Element[] {
    return sectionNodesOf(page, id);
  }

  function sectionText(id: string): string {
    return sectionTextOf(page, id);
  }
});
