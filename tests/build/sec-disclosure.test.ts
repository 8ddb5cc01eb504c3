import { describe, expect, it } from 'vitest';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectDiagramFigure, expectTermsLinked, tokens } from '../support/explainer-checks.ts';
import type { Element, ElementContent } from 'hast';

const slug = 'sec-disclosure';

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === 'element';
}

/** True for an h2, or for the wrapper the site puts around an h2 (div.heading-wrapper.level-h2). */
function isH2Block(node: ElementContent): boolean {
  if (!isElement(node)) return false;
  if (node.tagName === 'h2') return true;
  return tokens(node, 'className').includes('level-h2') || (node.children.some((c) => isElement(c) && c.tagName === 'h2'));
}

/** The nodes of one h2 section: everything after the heading (or its wrapper) up to the next h2. */
function sectionNodes(page: ReturnType<typeof readPage>, id: string): Element[] {
  const heading = select(`h2[id="${id}"]`, page);
  if (!heading) return [];
  const article = select('article', page)!;
  // Find the container whose direct children include the heading or its wrapper.
  const containers = [article, ...selectAll('article *', page)];
  for (const parent of containers) {
    const index = parent.children.findIndex(
      (c) => c === heading || (isElement(c) && c.children.some((g) => g === heading)),
    );
    if (index < 0) continue;
    const out: Element[] = [];
    for (const node of parent.children.slice(index + 1)) {
      if (isH2Block(node)) break;
      if (isElement(node)) out.push(node);
    }
    return out;
  }
  return [];
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Thursday 9 July 2026" for a UTC date. */
function longDate(d: Date): string {
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The n business days after `start`, skipping weekends and the given holidays (YYYY-MM-DD). */
function businessDaysAfter(start: string, n: number, holidays: string[]): Date[] {
  const days: Date[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  while (days.length < n) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6 || holidays.includes(iso)) continue;
    days.push(new Date(d));
  }
  return days;
}

describe('explainer: sec-disclosure', () => {
  const basics = explainerBasics(slug);
  const { page, quotes } = basics;

  it("keeps the calculator section's heading text fixed (the h2 order is locked in explainers.test.ts)", () => {
    // The calculator section's heading text is fixed: the editor links to it.
    expect(text(select('h2#counting-four-business-days', page))).toBe('Counting four business days');
  });

  it('quotes the seeds, including the four-business-days claim, each with a status note', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    const statuses = quotes.map((q) => tokens(q, 'className').find((c) => c.startsWith('quote--')));
    expect(statuses.every(Boolean)).toBe(true);
    const claim = quotes.find((q) => text(select('blockquote', q)).includes('disclose material cybersecurity incidents within four business days'));
    expect(claim, 'the SEC claim from world-today-journal').toBeTruthy();
    expect(claim!.properties['dataQuoteSource']).toBe('world-today-journal-allegedly-accessed');
    expect(tokens(claim, 'className')).toContain('quote--misleading');
    const note = text(select('.quote__status', claim!));
    expect(note).toMatch(/private/i);
    expect(note).toMatch(/determin|decision/i);
    for (const q of quotes) {
      expect(select('.quote__status', q), text(select('blockquote', q))).toBeTruthy();
      expect(text(select('.quote__status', q)).length).toBeGreaterThan(20);
      expect(select('.quote__status a[data-footnote-ref]', q), 'status note cites a source').toBeTruthy();
    }
  });

  it('has the disclosure-clock figure: named, with an SVG title and description, clock starting at the determination', () => {
    const { figure, name, title, desc } = expectDiagramFigure(page, 'disclosure-clock');
    expect(name).toMatch(/four business days/i);
    expect(name).toMatch(/decision|determination/i);
    for (const step of [/incident/i, /discovery/i, /materiality determination/i, /four business days/i, /Form 8-K/]) {
      expect(text(title), String(step)).toMatch(step);
    }
    // The description says the clock starts at the determination, and the steps appear in order.
    const d = text(desc);
    expect(d).toMatch(/without unreasonable delay/i);
    expect(d).toMatch(/clock starts here/i);
    const order = ['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5'].map((b) => d.indexOf(b));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(d.indexOf('clock starts here')).toBeGreaterThan(d.indexOf('Step 3'));
    expect(d.indexOf('clock starts here')).toBeLessThan(d.indexOf('Step 4'));
    // On screen: the five steps in order, the clock starting at the highlighted third, and the links' rules.
    const steps = selectAll('ol.fig-steps > li', figure);
    expect(steps.map((s) => text(select('.fig-step__name', s)))).toEqual(['Incident', 'Discovery', 'Materiality determination', 'Four business days', 'Form 8-K, Item 1.05']);
    expect(steps.map((s) => tokens(s, 'className').includes('fig-step--key'))).toEqual([false, false, true, false, false]);
    expect(text(steps[2])).toMatch(/clock starts here: day 0/i);
    expect(text(steps[1])).toMatch(/without unreasonable delay/);
    // Colours only through the stylesheet's theme tokens, so it works in light and dark: none inline.
    expect(selectAll('[style], [fill], [stroke], [color]', figure)).toEqual([]);
  });

  it('works through four business days across a weekend and a federal holiday, day by day', () => {
    const nodes = sectionNodes(page, 'counting-four-business-days');
    expect(nodes.length).toBeGreaterThan(3);
    const sectionText = nodes.map((n) => text(n)).join(' ');
    // The definition of a business day, with its source.
    expect(sectionText).toMatch(/other than a Saturday, a Sunday or a US federal holiday/);
    expect(nodes.some((n) => select('a[href="#user-content-fn-regst"]', n))).toBe(true);

    // The example, as static text: the determination date and the observed holiday.
    expect(sectionText).toContain('Thursday 2 July 2026');
    expect(sectionText).toContain('Friday 3 July 2026');

    // The counted days, computed independently: weekends and the observed Independence Day skipped.
    const expectedDays = businessDaysAfter('2026-07-02', 4, ['2026-07-03']).map(longDate);
    expect(expectedDays).toEqual(['Monday 6 July 2026', 'Tuesday 7 July 2026', 'Wednesday 8 July 2026', 'Thursday 9 July 2026']);
    expect(longDate(new Date('2026-07-04T00:00:00Z'))).toBe('Saturday 4 July 2026');

    const list = nodes.find((n) => n.tagName === 'ol');
    expect(list, 'the counted days are an ordered list').toBeTruthy();
    const items = selectAll('li', list!).map((li) => text(li));
    expect(items).toEqual(expectedDays.map((day, i) => `Day ${i + 1}: ${day}`));

    // The deadline is stated in a paragraph of its own, and it is the fourth counted day.
    const deadline = nodes.find((n) => n.tagName === 'p' && /is due by/.test(text(n)));
    expect(deadline).toBeTruthy();
    expect(text(select('strong', deadline!))).toBe(expectedDays[3]);
  });

  it('says whom the rule covers and applies it to Anthropic in June 2026', () => {
    const cover = sectionNodes(page, 'whom-does-the-rule-cover').map((n) => text(n)).join(' ');
    expect(cover).toMatch(/private company is not a registrant/i);
    const mythos = sectionNodes(page, 'did-the-rule-apply-to-anthropic-and-the-mythos-reports').map((n) => text(n)).join(' ');
    expect(mythos).toMatch(/confidentially submitted a draft registration statement/);
    expect(mythos).toMatch(/Item 1\.05 did not apply/);
  });

  it('lists CIRCIA among other duties, with its status, and quotes SB 53’s weight-incident definition exactly (2026-12-03)', () => {
    const cover = sectionNodes(page, 'whom-does-the-rule-cover').map((n) => text(n)).join(' ');
    expect(cover).toMatch(/CIRCIA/);
    expect(cover).toMatch(/within 72 hours/);
    expect(cover).toMatch(/CISA proposed that rule on 4 April 2024/);
    expect(cover).toMatch(/no final rule had been published, so the reporting duties had not yet begun/);
    expect(cover).toMatch(/[“"]Unauthorized access to, modification of, or exfiltration of, the model weights of a frontier model that results in death or bodily injury\.[”"]/);
  });

  it('cites its sources: every footnote reference resolves to a note with a link, and the release is cited', () => {
    const notes = expectFootnotesResolve(page, 44);
    expect(notes).toContain('89 FR 23644');
    for (const id of ['33-11216', '88 FR 51896', '17 CFR 232.11', 'Form 8-K, General Instructions', 'Gerding']) expect(notes).toContain(id);
    const release = select('[id="user-content-fn-release"]', page);
    expect(select('a[href="https://www.govinfo.gov/content/pkg/FR-2023-08-04/html/2023-16194.htm"]', release!)).toBeTruthy();
  });

  it('dates the rule in an ordered timeline', () => {
    const timeline = select('figure#sec-rule-dates', page);
    expect(timeline).toBeTruthy();
    const dates = selectAll('time', timeline!).map((t) => String(t.properties['dateTime']));
    expect([...dates].sort()).toEqual(dates);
    for (const d of ['2023-07-26', '2023-09-05', '2023-12-18', '2024-05-21', '2024-06-15']) expect(dates).toContain(d);
  });

  it('links its key terms to the glossary', () => {
    expectTermsLinked(page, ['form-8-k', 'materiality', 'registrant', 'business-day', 'foreign-private-issuer', 'regulation-s-k']);
    const glossary = readPage('/glossary/');
    for (const id of ['business-day', 'foreign-private-issuer', 'regulation-s-k']) {
      expect(select(`[id="term-${id}"]`, glossary), id).toBeTruthy();
    }
  });
});
