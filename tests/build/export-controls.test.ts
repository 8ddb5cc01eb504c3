import { describe, expect, it } from 'vitest';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectTermsLinked, tokens } from '../support/explainer-checks.ts';
import type { Element } from 'hast';

const slug = 'export-controls';

/** YYYY-MM or YYYY-MM-DD that names a real calendar month or day (2026-02-30 and 2026-13 fail). */
function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

describe('explainer: export-controls', () => {
  const basics = explainerBasics(slug);
  const { page, quotes } = basics;
  const article = select('article', page);
  const body = text(article);

  it('quotes the seeds, correcting the “White House” and “restricted countries” claims, each with a status note', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const q of quotes) {
      const status = select('.quote__status', q);
      expect(status, text(select('blockquote', q))).toBeTruthy();
      expect(text(status).length).toBeGreaterThan(20);
    }
    const quoted = quotes.map((q) => ({ q, said: text(select('blockquote', q)), note: text(select('.quote__status', q)) }));
    const whiteHouse = quoted.find((x) => x.said.includes('The export restrictions imposed by the White House'));
    expect(whiteHouse).toBeTruthy();
    expect(whiteHouse!.q.properties['dataQuoteSource']).toBe('mag-info-tech-raises-stakes');
    expect(whiteHouse!.note).toMatch(/Commerce/);
    const countries = quoted.find((x) => x.said.includes('restricted countries'));
    expect(countries).toBeTruthy();
    // Misleading, not wrong: a licence requirement did apply, only not to "restricted countries" (same status as on the Mythos page).
    expect(tokens(countries!.q, 'className')).toContain('quote--misleading');
    expect(countries!.note).toMatch(/every foreign national/i);
    expect(countries!.note).toMatch(/lifted on 30 June/);
    const outdated = quoted.find((x) => x.said.includes('backdrop of tightening U.S. export controls'));
    expect(outdated).toBeTruthy();
    expect(outdated!.note).toMatch(/itself a new control on AI software/);
    const semafor = quoted.find((x) => x.said.includes('According to a report from Semafor'));
    expect(semafor).toBeTruthy();
    expect(tokens(semafor!.q, 'className')).toContain('quote--unconfirmed');
  });

  it('has the controls timeline with an accessible name and valid, ordered ISO dates from 2022 to May 2026', () => {
    const figure = select('figure#controls-timeline', page);
    expect(figure).toBeTruthy();
    const labelled = tokens(figure, 'ariaLabelledBy');
    expect(labelled.length).toBeGreaterThan(0);
    const name = labelled.map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    expect(name).toMatch(/export controls/i);
    const dates = selectAll('time', figure!).map((t) => String(t.properties['dateTime'] ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    for (const d of dates) expect(isRealIsoDate(d), `not a real ISO date: "${d}"`).toBe(true);
    for (let i = 1; i < dates.length; i++) expect(dates[i - 1]! <= dates[i]!, `${dates[i - 1]} before ${dates[i]}`).toBe(true);
    for (const d of ['2022-10-07', '2023-10-17', '2025-01-13', '2025-05-13', '2026-05-12']) {
      expect(dates).toContain(d);
    }
    expect(dates[0]!.startsWith('2022-')).toBe(true);
    // The June 2026 case has its own timeline, from content/timelines/fable-case.yaml (tests/build/case-timeline.test.ts).
    expect(dates[dates.length - 1]! < '2026-06-01').toBe(true);
    const caseDates = selectAll('time', select('figure#fable-case-timeline', page)!).map((t) => String(t.properties['dateTime']));
    for (const d of ['2026-06-12', '2026-06-26', '2026-06-30', '2026-07-01']) expect(caseDates).toContain(d);
  });

  it('the date check itself rejects impossible dates', () => {
    expect(isRealIsoDate('2026-06-12')).toBe(true);
    expect(isRealIsoDate('2026-06')).toBe(true);
    expect(isRealIsoDate('2026-02-30')).toBe(false);
    expect(isRealIsoDate('2026-13')).toBe(false);
    expect(isRealIsoDate('12 June 2026')).toBe(false);
  });

  it('works the compute example: 6 × parameters × tokens against the US 10^26 and EU 10^25 lines', () => {
    const section = sectionText('how-much-computing-power-crosses-the-threshold');
    expect(section).toMatch(/6 × parameters × tokens/);
    expect(section).toMatch(/approximation/i);
    expect(section).toContain('70 billion parameters');
    expect(section).toContain('15 trillion tokens');
    expect(section).toMatch(/6\.3 × 10\s?24/);
    expect(section).toMatch(/about 16 times below/);
    expect(section).toMatch(/10\s?26/);
    expect(section).toMatch(/Article 51\(2\)/);
    expect(section).toMatch(/10\s?25/);
    expect(section).toMatch(/2024\/1689/);
    // The section stops at the next question: the May 2025 announcement belongs to the following section.
    expect(section).not.toMatch(/13 May 2025/);
  });

  it('states the Mythos restriction as the record shows it', () => {
    const section = sectionText('what-did-the-us-do-about-mythos-in-june-2026');
    expect(section).toMatch(/Commerce Secretary Howard Lutnick/);
    expect(section).toMatch(/not from a White House rule/);
    expect(section).toMatch(/any foreign national, whether inside or outside the United States/);
    expect(section).toMatch(/one person familiar with the matter/);
    expect(section).toMatch(/26 June/);
    expect(section).toMatch(/1 July 2026/);
  });

  it('the compute explorer’s static figure says on which side of each “more than” line the example falls', () => {
    const margins = selectAll('.island__margins li', page).map((li) => text(li));
    expect(margins).toEqual([
      'US rule of January 2025 (10 26 ): 1.2 orders of magnitude (about 16 times) below the threshold.',
      'EU AI Act presumption (10 25 ): 0.2 orders of magnitude (about 1.6 times) below the threshold.',
    ].map((m) => m.replace(/ \(10 (\d+) \)/, ' (10$1)')));
    const desc = text(select('desc[id$="-chart-desc"]', page));
    expect(desc).toMatch(/is 1\.2 orders of magnitude \(about 16 times\) below the US threshold of 10 to the power 26 and 0\.2 orders of magnitude \(about 1\.6 times\) below the EU threshold/);
    for (const t of [...margins, desc]) expect(t).not.toMatch(/right at/);
  });

  it('carries the independent review’s corrections (2026-12-03)', () => {
    const section = sectionText('what-did-the-us-do-about-mythos-in-june-2026');
    expect(section).toMatch(/Amazon researchers had found the bypass/);
    expect(section).toMatch(/Andy Jassy/);
    expect(section).toMatch(/Scott Bessent/);
    expect(section).not.toMatch(/a researcher at Amazon/);
    expect(section).toMatch(/only concrete trigger/);
    expect(section).toMatch(/On 30 June Commerce lifted the licence requirement for both models/);
    expect(section).toMatch(/no longer in force/);
    expect(section).toMatch(/highly credible trusted partner/);
    expect(section).toMatch(/fix this code/);
    expect(section).toMatch(/Legion LegalTech/);
    expect(section).toMatch(/Promoting Advanced Artificial Intelligence Innovation and Security/);
    expect(section).toMatch(/GPT-5\.6/);
    // 15 CFR 744.22 is about end uses and end users in listed countries, as on the Mythos page.
    expect(section).toMatch(/744\.22, a section about military-intelligence end uses and end users in listed countries/);
    expect(section).not.toMatch(/from a defined set of countries/);
    // The model-weight licence policy where the tiers are explained; "presumption of approval", not "approval".
    const tiers = sectionText('what-did-the-january-2025-rule-do-to-model-weights');
    expect(tiers).toMatch(/presumption of approval for the eighteen allies and a presumption of denial everywhere else/);
    const basicsText = sectionText('what-is-an-export-control');
    expect(basicsText).toMatch(/range from a [“"]presumption of approval[”"]/);
    expect(basicsText).toMatch(/26 August 2022/);
    expect(basicsText).toMatch(/Nvidia/);
    // The 2024 chip rules.
    const chips = sectionText('why-were-ai-chips-the-first-thing-controlled');
    expect(chips).toMatch(/4 April 2024/);
    expect(chips).toMatch(/2 December 2024/);
  });

  it('states the AI Diffusion rule’s status exactly: announced rescinded, not enforced, not formally removed', () => {
    const section = sectionText('what-happened-to-the-january-2025-rule');
    expect(section).toMatch(/13 May 2025/);
    expect(section).toMatch(/announced as rescinded and not enforced, but not formally removed/);
    expect(section).toMatch(/B-337935|Government Accountability Office/);
  });

  it('cites its sources: every footnote reference resolves to a note with a link', () => {
    const notes = expectFootnotesResolve(page, 60);
    for (const id of ['87 FR 62186', '2023-23055', '90 FR 4544', 'B-337935', '2024/1689', 'arXiv:2001.08361', '734.13', '2024-28270', '0001045810-22-000146', 'FR Doc. 2026-11415']) {
      expect(notes).toContain(id);
    }
  });

  it('links its key terms to the glossary', () => {
    expectTermsLinked(page, ['ear', 'bis', 'eccn', 'deemed-export', 'model-weights', 'commerce-control-list', 'is-informed-letter', 'flop']);
    const glossary = readPage('/glossary/');
    for (const id of ['commerce-control-list', 'is-informed-letter', 'flop']) {
      expect(select(`[id="term-${id}"]`, glossary), id).toBeTruthy();
    }
  });

  it('links to the distillation explainer and lists it as related', () => {
    expect(select('article a[href="/explainers/distillation/"]', page)).toBeTruthy();
    expect(body).toMatch(/distillation/i);
  });

  /** The text of one h2 section: from its heading wrapper to the next h2 wrapper. */
  function sectionText(id: string): string {
    const blocks = selectAll('article .heading-wrapper.level-h2, article .heading-wrapper.level-h2 ~ *', page);
    const isH2 = (n: Element) => Boolean(select('h2', n));
    const start = blocks.findIndex((n) => select('h2', n)?.properties['id'] === id);
    expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
    const parts: string[] = [];
    for (let i = start + 1; i < blocks.length; i++) {
      const n = blocks[i]!;
      if (isH2(n) && n.properties['className'] && tokens(n, 'className').includes('heading-wrapper')) break;
      parts.push(text(n));
    }
    expect(parts.length, `section ${id} is empty`).toBeGreaterThan(0);
    return parts.join(' ');
  }
});
