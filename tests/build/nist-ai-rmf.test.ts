import { describe, expect, it } from 'vitest';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectStatusNotes, expectDiagramFigure, expectTermsLinked, tokens } from '../support/explainer-checks.ts';

const slug = 'nist-ai-rmf';

describe('explainer: nist-ai-rmf', () => {
  const basics = explainerBasics(slug);
  const { page, quotes } = basics;
  const article = select('article', page);
  const body = text(article);

  it('quotes the seeds on the executive order and the framework, each with a status note', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expectStatusNotes(quotes);
    const byText = (needle: string) => quotes.find((q) => text(select('blockquote', q)).includes(needle));
    // The article that presents Executive Order 14110 as in force, marked outdated, with the revocation in the note.
    const eo = byText('mandates that companies developing models');
    expect(eo).toBeTruthy();
    expect(eo!.properties['dataQuoteSource']).toBe('world-today-journal-allegedly-accessed');
    expect(tokens(eo, 'className')).toContain('quote--outdated');
    expect(text(select('.quote__status', eo!))).toMatch(/14148/);
    expect(text(select('.quote__status', eo!))).toMatch(/20 January 2025/);
    // The claims that overstate what the framework is or does, each marked as not simply accurate.
    for (const needle of ['voluntary standards will be sufficient', 'no longer optional best practices', 'awaiting further guidance']) {
      const q = byText(needle);
      expect(q, needle).toBeTruthy();
      expect(tokens(q, 'className'), needle).not.toContain('quote--accurate');
    }
    // Reconsidered on review (2026-12-03): one claim has no source; the other is opinion.
    expect(tokens(byText('voluntary standards will be sufficient'), 'className')).toContain('quote--unsupported');
    expect(tokens(byText('no longer optional best practices'), 'className')).toContain('quote--speculative');
  });

  it('carries the independent review’s corrections (2026-12-03)', () => {
    const body = text(select('article', page)).replace(text(select('.change-history', page)), '');
    expect(body).not.toMatch(/knowledge in its model[’']s answers are among its trade secrets/);
    expect(body).toMatch(/argued as breaches of the providers[’'] terms of service, not as trade-secret cases/);
    expect(body).toMatch(/[“"]Assuming a governance structure is in place, functions may be performed in any order across the AI lifecycle as deemed to add value by a user of the framework\.[”"]/);
    expect(body).toMatch(/Appendix B sets out how AI risks differ/);
    expect(body).toMatch(/Texas[’']s Responsible Artificial Intelligence Governance Act \(HB 149\)/);
    expect(body).toMatch(/Colorado[’']s AI Act of 2024 \(SB 24-205\)/);
    expect(body).toMatch(/COSAiS/);
  });

  it('has the functions figure: Govern at the centre, named, with an SVG title and description', () => {
    const { figure, name, title, desc } = expectDiagramFigure(page, 'rmf-functions');
    for (const fn of ['Govern', 'Map', 'Measure', 'Manage']) expect(name).toContain(fn);
    const described = `${text(title)} ${text(desc)}`;
    for (const fn of ['Govern', 'Map', 'Measure', 'Manage']) expect(described).toContain(fn);
    expect(text(title)).toMatch(/Govern at the centre/i);
    // Each function comes with the question it makes an organisation answer.
    expect((text(desc).match(/\basks:/g) ?? []).length).toBe(4);
    // Govern is drawn in the middle, highlighted: after Map and before Measure and Manage, each with its question.
    const cards = selectAll('.fig-rmf > .fig-card', figure);
    expect(cards.map((c) => text(select('.fig-card__name', c)))).toEqual(['Map', 'Govern', 'Measure', 'Manage']);
    expect(cards.map((c) => String(c.properties['dataArea']))).toEqual(['map', 'govern', 'measure', 'manage']);
    expect(tokens(cards[1], 'className')).toContain('fig-card--key');
    for (const card of cards) expect(text(card)).toMatch(/\?/);
    // The loop is stated on screen too: Map, then Measure, then Manage, then back to Map.
    expect(selectAll('.fig-rmf__next', figure).map((n) => text(n))).toEqual(['→ then Measure', '→ then Manage', '→ back to Map: the work repeats']);
  });

  it('names the seven characteristics of trustworthy AI as AI 100-1 does', () => {
    const lower = body.toLowerCase();
    for (const c of [
      'valid and reliable',
      'safe',
      'secure and resilient',
      'accountable and transparent',
      'explainable and interpretable',
      'privacy-enhanced',
      'fair – with harmful bias managed',
    ]) {
      expect(lower, c).toContain(c);
    }
  });

  it('lists the Generative AI Profile’s 12 risks and separates CSF 2.0’s six functions from the AI RMF’s four', () => {
    for (const risk of [
      'CBRN Information or Capabilities',
      'Confabulation',
      'Dangerous, Violent, or Hateful Content',
      'Data Privacy',
      'Environmental Impacts',
      'Harmful Bias and Homogenization',
      'Human-AI Configuration',
      'Information Integrity',
      'Information Security',
      'Intellectual Property',
      'Obscene, Degrading, and/or Abusive Content',
      'Value Chain and Component Integration',
    ]) {
      expect(body, risk).toContain(risk);
    }
    expect(body).toMatch(/Govern, Identify, Protect, Detect, Respond and Recover/);
    expect(body).toContain('NIST CSWP 29');
  });

  it('walks the scenario and links to the distillation explainer', () => {
    const links = selectAll('article a[href]', page).map((a) => String(a.properties['href']));
    expect(links).toContain('/explainers/distillation/');
    const h3 = selectAll('article h3', page).map((h) => text(h));
    for (const fn of ['Govern:', 'Map:', 'Measure:', 'Manage:']) expect(h3.some((t) => t.startsWith(fn)), fn).toBe(true);
  });

  it('dates what has happened to the framework, in order, including the revocation and the Action Plan', () => {
    const timeline = select('figure#rmf-history', page);
    expect(timeline).toBeTruthy();
    const dates = selectAll('time', timeline!).map((t) => String(t.properties['dateTime']));
    expect(dates.length).toBeGreaterThanOrEqual(6);
    expect([...dates].sort()).toEqual(dates);
    for (const d of ['2023-01-26', '2024-07-26', '2025-01-20', '2025-01-23', '2025-07-23']) expect(dates).toContain(d);
  });

  it('cites its sources: every footnote reference resolves to a note with a link, including AI 100-1 and AI 600-1', () => {
    const notes = expectFootnotesResolve(page, 45);
    for (const id of ['HB 149', 'SB 24-205', 'csrc.nist.gov/projects/cosais']) expect(notes).toContain(id);
    for (const id of ['NIST AI 100-1', 'NIST AI 600-1', 'NIST CSWP 29', '90 FR 8237', '90 FR 8741', '88 FR 75191']) expect(notes).toContain(id);
    const hrefs = selectAll('section[data-footnotes] a[href^="http"]', page).map((a) => String(a.properties['href']));
    expect(hrefs).toContain('https://doi.org/10.6028/NIST.AI.100-1');
    expect(hrefs).toContain('https://doi.org/10.6028/NIST.AI.600-1');
  });

  it('links its key terms to the glossary', () => {
    expectTermsLinked(page, ['ai-rmf', 'trustworthy-ai', 'nist', 'generative-ai-profile', 'cybersecurity-framework']);
    const glossary = readPage('/glossary/');
    for (const id of ['nist', 'generative-ai-profile', 'cybersecurity-framework']) {
      expect(select(`[id="term-${id}"]`, glossary), id).toBeTruthy();
    }
  });
});
