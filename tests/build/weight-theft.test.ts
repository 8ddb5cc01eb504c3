import { describe, expect, it } from 'vitest';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectDiagramFigure, tokens, sectionNodesOf, sectionTextOf } from '../support/explainer-checks.ts';
import type { Element } from 'hast';

const slug = 'weight-theft';

describe('explainer: weight-theft', () => {
  const basics = explainerBasics(slug);
  const { page, quotes, headings } = basics;
  const article = select('article', page);

  it('is built at /explainers/weight-theft/ with the shared basics', () => {
    expect(headings.length).toBeGreaterThan(10);
  });

  it('quotes the seeds on weights, each with a status note, and says no report has Mythos weights taken', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const q of quotes) {
      const status = select('.quote__status', q);
      expect(status, text(select('blockquote', q))).toBeTruthy();
      expect(text(status).length).toBeGreaterThan(20);
      expect(select('figcaption a[href^="/sources/"]', q), text(select('blockquote', q))).toBeTruthy();
    }
    const section = sectionText('what-do-the-mythos-articles-claim-about-weights');
    const mythosQuotes = sectionNodes('what-do-the-mythos-articles-claim-about-weights').flatMap((n) =>
      n.tagName === 'figure' && tokens(n, 'className').includes('quote') ? [n] : selectAll('figure.quote', n),
    );
    expect(mythosQuotes.length).toBeGreaterThanOrEqual(3);
    const quoted = quotes.map((q) => text(select('blockquote', q)));
    expect(quoted.some((t) => t.includes('Why a Stolen AI Model Shakes National Security'))).toBe(true);
    expect(section).toMatch(/No report[^.]*says the weights of any Mythos model were taken/);
    expect(section).toMatch(/Bloomberg/);
    expect(section).toMatch(/third-party vendor/);
  });

  it('has the security-levels figure with an accessible name that lists SL1 to SL5 and their attacker tiers', () => {
    const { figure, name, desc } = expectDiagramFigure(page, 'security-levels');
    expect(name).toMatch(/security level/i);
    const description = text(desc);
    for (const level of ['SL1', 'SL2', 'SL3', 'SL4', 'SL5']) expect(description).toContain(level);
    // Each level is paired with RAND's name for the attacker tier it is meant to stop, in order.
    const pairs = [
      'SL1 stops OC1, amateur attempts',
      'SL2 stops OC2, professional opportunistic efforts',
      'SL3 stops OC3, cybercrime syndicates and insider threats',
      'SL4 stops OC4, standard operations by leading cyber-capable institutions',
      'SL5 stops OC5, top-priority operations by the top cyber-capable institutions',
    ];
    const at = pairs.map((p) => description.indexOf(p));
    expect(at.every((i) => i >= 0), description).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // On screen, one row per level, in order, each with its level, the tier it stops and RAND's name for that tier.
    const rows = selectAll('ol.fig-levels > li', figure);
    expect(rows).toHaveLength(5);
    const tiers = ['Amateur attempts', 'Professional opportunistic efforts', 'Cybercrime syndicates and insider threats', 'Standard operations by leading cyber-capable institutions', 'Top-priority operations by the top cyber-capable institutions'];
    rows.forEach((row, i) => {
      expect(text(select('.fig-levels__badge', row))).toBe(`SL${i + 1}`);
      expect(text(select('.fig-levels__stops', row))).toBe(`stops OC${i + 1}`);
      expect(text(select('.fig-levels__tier strong', row))).toBe(tiers[i]);
    });
  });

  it('tells the three cases precisely', () => {
    const cases = sectionText('what-real-leaks-and-thefts-have-happened');
    expect(cases).toMatch(/3 March/);
    expect(cases).toMatch(/not a hack of Meta’s networks/);
    expect(cases).toMatch(/over-enthusiastic employee/);
    expect(cases).toMatch(/quantised and watermarked version of an old model/);
    expect(cases).toMatch(/They were not model weights/);
    // Review corrections (2026-12-03): LLaMA's leaker was never identified; Meta did try to pull the files back.
    expect(cases).toMatch(/who posted them was not identified/);
    expect(cases).toMatch(/Meta then filed takedown requests/);
    expect(cases).not.toMatch(/Meta could not pull them back/);
    const timeline = select('figure#weight-theft-cases', page);
    expect(timeline).toBeTruthy();
    const dates = selectAll('time', timeline!).map((t) => String(t.properties['dateTime']));
    expect(dates.length).toBeGreaterThanOrEqual(6);
    expect([...dates].sort()).toEqual(dates);
    expect(dates).toContain('2023-03-03');
    expect(dates).toContain('2026-01-29');
  });

  it('states the ASL-3 standard with its scope limits', () => {
    const defences = sectionText('how-do-ai-labs-defend-their-weights-and-what-does-each-defence-cost');
    expect(defences).toMatch(/22 May 2025/);
    expect(defences).toMatch(/precautionary and provisional/);
    expect(defences).toMatch(/nation-state threats \(other than those using non-novel attack chains\) and sophisticated insider risk are out of the scope/);
    expect(defences).toMatch(/egress bandwidth controls/);
  });

  it('compares weight theft with distillation and links to the distillation explainer', () => {
    const links = sectionNodes('how-is-weight-theft-different-from-distillation').flatMap((n) => selectAll('a[href="/explainers/distillation/"]', n));
    expect(links.length).toBeGreaterThan(0);
    expect(readPage('/explainers/distillation/')).toBeTruthy();
  });

  it('carries the independent review’s corrections (2026-12-03)', () => {
    const body = text(article).replace(text(select('.change-history', page)), '');
    const summary = text(select('.short-answer', page));
    // Leaks, not thefts; out of copies handed out, not "people who had been given access".
    expect(summary).toMatch(/came out of copies handed out on purpose/);
    expect(body).not.toMatch(/came from people who had been given access/);
    expect(body).not.toMatch(/as with LLaMA and miqu/);
    // Anthropic's exact ASL-3 scope qualifier wherever the scope is paraphrased.
    const scope = body.match(/[^.]*out of the (?:standard’s )?scope[^.]*\./g) ?? [];
    expect(scope.length).toBeGreaterThanOrEqual(2);
    for (const sentence of scope) expect(sentence).toMatch(/other than those using non-novel attack chains/);
    expect(body).not.toMatch(/does not cover nation-states or sophisticated insiders/);
    // The "specific company" note cites WIRED's SK Telecom report, not The Verge of 13 June.
    const uncertain = sectionText('what-remains-uncertain');
    expect(uncertain).toMatch(/SK Telecom/);
    // The NeuralPress headline carries the same status as on the Mythos page.
    const headline = quotes.find((q) => text(select('blockquote', q)).includes('Why a Stolen AI Model'));
    expect(tokens(headline, 'className')).toContain('quote--unsupported');
  });

  it('cites its sources: every footnote reference resolves to a note with a link', () => {
    const notes = expectFootnotesResolve(page, 41);
    expect(notes).toContain('2023-03-21-meta');
    for (const id of ['RR-A2849-1', 'RB-A2849-1', '24-cr-00141', 'activating-asl3-protections']) expect(notes).toContain(id);
  });

  it('links its key terms to the glossary', () => {
    const terms = selectAll('article a.term', page).map((a) => String(a.properties['dataTerm']));
    for (const id of ['model-weights', 'exfiltration', 'insider-threat', 'confidential-computing', 'attestation', 'inference', 'security-level', 'quantisation']) {
      expect(terms, id).toContain(id);
    }
    const glossary = readPage('/glossary/');
    expect(select('[id="term-security-level"]', glossary)).toBeTruthy();
    expect(select('[id="term-quantisation"]', glossary)).toBeTruthy();
  });

  /**
   * The nodes between the h2 with this id and the next h2. Each h2 sits in a div.heading-wrapper, a sibling of
   * the section's paragraphs, so walk the wrapper's siblings up to the next wrapper.
   */
  function sectionNodes(id: string): Element[] {
    return sectionNodesOf(page, id);
  }

  function sectionText(id: string): string {
    return sectionTextOf(page, id);
  }
});
