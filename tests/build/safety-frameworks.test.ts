import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectStatusNotes, expectTermsLinked, tokens, sectionNodesOf, sectionTextOf } from '../support/explainer-checks.ts';
import { startHarness, type Harness } from '../support/browser.ts';
import { isIsoDate } from '../../src/lib/dates.ts';
import type { Element } from 'hast';

const slug = 'safety-frameworks';
const COLUMNS = ['Thresholds', 'Weight security', 'Incident reporting', 'Who checks', 'Penalty'];

describe('explainer: safety-frameworks', () => {
  const basics = explainerBasics(slug);
  const { page, quotes, headings } = basics;

  it('is built at /explainers/safety-frameworks/ with the shared basics', () => {
    expect(headings.length).toBeGreaterThan(15);
  });

  it('keeps the sub-questions teachers link (the h2 order is locked in explainers.test.ts)', () => {
    // The sub-questions teachers link to directly.
    for (const id of ['anthropic-the-responsible-scaling-policy', 'openai-the-preparedness-framework', 'google-deepmind-the-frontier-safety-framework', 'california-sb-1047-vetoed-sb-53-signed', 'new-york-the-raise-act-as-passed-signed-and-amended']) {
      expect(select(`article h3[id="${id}"]`, page), id).toBeTruthy();
    }
  });

  it('quotes the articles’ calls for “international frameworks” and “AI security standards”, each checked, with a status note', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    expectStatusNotes(quotes);
    for (const q of quotes) expect(select('figcaption a[href^="/sources/"]', q), text(select('blockquote', q))).toBeTruthy();
    const quoted = quotes.map((q) => text(select('blockquote', q)));
    expect(quoted.some((t) => t.includes('international frameworks for model governance'))).toBe(true);
    expect(quoted.some((t) => t.includes('AI security standards'))).toBe(true);
    const mythos = sectionNodes('what-do-the-mythos-articles-call-for');
    expect(mythos.filter((n) => n.tagName === 'figure' && tokens(n, 'className').includes('quote')).length).toBeGreaterThanOrEqual(4);
    expect(sectionText('what-do-the-mythos-articles-call-for')).toMatch(/has not been confirmed/);
  });

  it('keeps framework versions apart', () => {
    const companies = sectionText('what-do-the-main-company-frameworks-say');
    expect(companies).toMatch(/Beta \(18 December 2023\)[^]*Low, Medium, High or Critical/);
    expect(companies).toMatch(/Version 2 \(15 April 2025\)[^]*Three “Tracked Categories”/);
    expect(companies).toMatch(/Version 3\.0 \(24 February 2026\)/);
    expect(companies).toMatch(/precautionary and provisional/);
    expect(companies).toMatch(/TIME reported/);
  });

  it('says exactly which documents cite RAND, and links to RAND’s levels in the weight-theft explainer', () => {
    const weights = sectionText('what-do-the-frameworks-say-about-securing-weights');
    expect(weights).toMatch(/names no RAND level/);
    expect(weights).toMatch(/currently not possible/);
    expect(weights).toMatch(/such as the RAND Securing AI Model Weights report/);
    const link = '/explainers/weight-theft/#what-are-rands-security-levels';
    expect(sectionNodes('what-do-the-frameworks-say-about-securing-weights').flatMap((n) => selectAll(`a[href="${link}"]`, n)).length).toBe(1);
    expect(select('[id="what-are-rands-security-levels"]', readPage('/explainers/weight-theft/'))).toBeTruthy();
  });

  it('states the EU rules with their articles, dates and the real fine, and keeps the Code’s deadlines apart from the Act', () => {
    const act = sectionText('what-does-the-eu-ai-act-require-of-general-purpose-ai-models');
    for (const fact of ['1 August 2024', '2 August 2025', '2 August 2026', 'rebutted', '3% of worldwide annual turnover or €15 million', 'without undue delay', 'Recital 115', 'banned AI practices']) {
      expect(act, fact).toContain(fact);
    }
    const code = sectionText('what-is-the-eu-code-of-practice-and-who-signed-it');
    expect(code).toMatch(/5 days for a serious cybersecurity breach, “including the \(self-\)exfiltration of model weights”/);
    expect(code).toMatch(/These deadlines and controls are the Code’s, not the Act’s/);
    expect(code).toMatch(/does not constitute conclusive evidence of compliance/);
    expect(code).toMatch(/xAI signed only the Safety and Security chapter/);
  });

  it('states the state laws precisely: SB 53’s deadlines and weight-incident definition, RAISE as passed, signed and amended', () => {
    const states = sectionText('what-do-californias-and-new-yorks-laws-require');
    expect(states).toMatch(/vetoed it on 29 September 2024/);
    expect(states).toMatch(/within 15 days, or within 24 hours/);
    expect(states).toMatch(/that results in death or bodily injury/);
    expect(states).toMatch(/up to US\$1 million per violation/);
    expect(states).toMatch(/19 December 2025/);
    expect(states).toMatch(/within 72 hours/);
    expect(states).toMatch(/Not confirmed in official copies/);
  });

  it('has a comparison table-figure, named, whose every cell carries its column’s label', () => {
    const figure = select('figure#frameworks-compared', page);
    expect(figure).toBeTruthy();
    const name = tokens(figure, 'ariaLabelledBy').map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    expect(name).toMatch(/version named/);
    expect(text(select('[id="frameworks-compared-title"]', page))).toMatch(/compared/);
    const description = tokens(figure, 'ariaDescribedBy').map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    expect(description).toContain('California SB 53 (US state law)');
    const table = select('table', figure!);
    expect(table).toBeTruthy();
    expect(tokens(table, 'ariaLabelledBy')).toEqual(['frameworks-compared-title']);
    const head = selectAll('thead th', table!).map((th) => text(th));
    expect(head).toEqual(['Framework or law', ...COLUMNS]);
    expect(selectAll('thead th', table!).every((th) => th.properties['scope'] === 'col')).toBe(true);
    const rows = selectAll('tbody tr', table!);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const names = rows.map((r) => text(select('.compare__name', r)));
    for (const expected of ['Anthropic RSP', 'EU AI Act, Articles 51–55', 'EU General-Purpose AI Code of Practice', 'California SB 53', 'New York RAISE Act, as amended']) {
      expect(names).toContain(expected);
    }
    for (const row of rows) {
      expect(select('th', row)?.properties['scope']).toBe('row');
      const cells = selectAll('td', row);
      expect(cells.map((c) => text(select('.compare__label', c)))).toEqual(COLUMNS);
      for (const c of cells) expect(text(select('.compare__value', c)).length, text(row)).toBeGreaterThan(3);
    }
  });

  it('has a dated timeline from 2023 to 2026 whose dates are valid ISO dates in order', () => {
    const timeline = select('figure#frameworks-timeline', page);
    expect(timeline).toBeTruthy();
    expect(text(select('[id="frameworks-timeline-title"]', page))).toMatch(/2023–2026/);
    const dates = selectAll('time', timeline!).map((t) => String(t.properties['dateTime']));
    expect(dates.length).toBeGreaterThanOrEqual(15);
    for (const d of dates) expect(isIsoDate(d), d).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]?.startsWith('2023')).toBe(true);
    expect(dates.at(-1)?.startsWith('2026')).toBe(true);
    for (const d of ['2024-05-21', '2024-08-01', '2025-07-10', '2025-09-29', '2025-12-19']) expect(dates).toContain(d);
  });

  it('cites its sources: every footnote reference resolves to a note with a link', () => {
    const notes = expectFootnotesResolve(page, 90);
    for (const id of ['2024/1689', 'Article 101(1)', 'Recital 115', '22757.13', 'A9449', 'responsible-scaling-policy-v3', 'activating-asl3-protections']) {
      expect(notes).toContain(id);
    }
  });

  it('links its key terms to the glossary', () => {
    const ids = ['frontier-safety-framework', 'capability-threshold', 'general-purpose-ai-model', 'systemic-risk', 'code-of-practice', 'critical-safety-incident', 'security-level', 'model-weights', 'flop', 'jailbreak', 'open-weights'];
    expectTermsLinked(page, ids);
    const glossary = readPage('/glossary/');
    for (const id of ids) expect(select(`[id="term-${id}"]`, glossary), id).toBeTruthy();
  });

  describe('in Chromium', () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    });
    afterAll(async () => {
      await harness?.close();
    });

    /** Font sizes of the comparison's visible text, how its cells are laid out, and whether the figure overflows. */
    async function measure(width: number, colorScheme: 'light' | 'dark') {
      const { page: tab } = await harness.newPage({ viewport: { width, height: 800 }, colorScheme });
      await tab.goto(`${harness.site.url}explainers/${slug}/`);
      return tab.evaluate(() => {
        const figure = document.querySelector('#frameworks-compared')!;
        const visible = [...figure.querySelectorAll<HTMLElement>('th, td, span, p')].filter((e) => e.offsetParent !== null && e.textContent!.trim() !== '');
        const sizes = visible.map((e) => parseFloat(getComputedStyle(e).fontSize));
        const label = figure.querySelector<HTMLElement>('td .compare__label')!;
        return {
          min: Math.min(...sizes),
          max: Math.max(...sizes),
          cellDisplay: getComputedStyle(figure.querySelector('td')!).display,
          labelShown: label.offsetParent !== null,
          // The figure itself, not the page: it must fit the screen and not scroll inside.
          overflows: figure.getBoundingClientRect().right > window.innerWidth + 0.5 || figure.scrollWidth > figure.clientWidth + 0.5,
        };
      });
    }

    it('stacks into labelled cards at 320 px with text of at least 12 px, and without overflowing the screen, in both themes', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const phone = await measure(320, scheme);
        expect(phone.cellDisplay).toBe('block');
        expect(phone.labelShown).toBe(true);
        expect(phone.min).toBeGreaterThanOrEqual(12);
        expect(phone.overflows).toBe(false);
      }
    });

    it('is a table on a desktop that fits its column, with text no larger than the 17 px body', async () => {
      const desk = await measure(1280, 'light');
      expect(desk.cellDisplay).toBe('table-cell');
      expect(desk.labelShown).toBe(false);
      expect(desk.overflows).toBe(false);
      expect(desk.max).toBeLessThanOrEqual(17);
      expect(desk.min).toBeGreaterThanOrEqual(12);
    });
  });

  /** The nodes between the h2 with this id and the next h2 (each h2 sits in a div.heading-wrapper). */
  function sectionNodes(id: string): Element[] {
    return sectionNodesOf(page, id);
  }

  function sectionText(id: string): string {
    return sectionTextOf(page, id);
  }
});
