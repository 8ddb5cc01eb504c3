import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Element, Root } from 'hast';
import { explainerBasics, readPage, select, selectAll, text } from '../support/dist.ts';
import { expectFootnotesResolve, expectStatusNotes, expectTermsLinked, tokens, sectionNodesOf, sectionTextOf } from '../support/explainer-checks.ts';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../support/browser.ts';

const slug = 'jailbreaks';
const url = `/explainers/${slug}/`;
const caseFile = parse(readFileSync(path.resolve('content/timelines/fable-case.yaml'), 'utf8')) as { events: { date: string; label: string }[] };
const caseDates = new Set(caseFile.events.map((e) => e.date));

describe('explainer: jailbreaks', () => {
  const basics = explainerBasics(slug);
  const { page, quotes } = basics;

  it('is built at /explainers/jailbreaks/ with the shared basics', () => {
    expect(text(select('h1', page))).toMatch(/Jailbreaks/);
  });

  it('gives each attack family its own linkable sub-heading (the h2 order is locked in explainers.test.ts)', () => {
    // The six attack families each have their own linkable sub-heading.
    const h3 = selectAll('article h3', page).map((h) => String(h.properties['id']));
    for (const id of ['role-play-and-do-anything-now', 'many-shot-jailbreaking', 'adversarial-suffixes', 'multi-turn-escalation', 'best-of-n-resampling', 'fine-tuning-attacks-through-an-api-and-on-downloaded-weights']) {
      expect(h3, id).toContain(id);
    }
  });

  it('says which convention it follows for jailbreak versus prompt injection, and why', () => {
    const section = sectionText('how-is-a-jailbreak-different-from-prompt-injection');
    expect(section).toMatch(/OWASP/);
    expect(section).toMatch(/one kind of prompt injection/);
    expect(section).toMatch(/This page follows Willison’s usage, because/);
  });

  it('gives each attack family a figure and its caveat, keeping best cases labelled as such', () => {
    const families = sectionText('what-kinds-of-jailbreak-are-there');
    expect(families.match(/Caveat:/g)?.length).toBeGreaterThanOrEqual(5);
    expect(families).toMatch(/6,387 prompts/);
    expect(families).toMatch(/1,405 jailbreak prompts/);
    expect(families).toMatch(/from 61% to 2%/);
    expect(families).toMatch(/about 2% on Claude 2/);
    expect(families).toMatch(/not the share of attempts that succeeded/);
    expect(families).toMatch(/With 10,000 tries it succeeded 89% of the time on GPT-4o and 78% on Claude 3\.5 Sonnet/);
    expect(families).toMatch(/10 harmful examples, for less than \$0\.20/);
    expect(families).toMatch(/under \$200/);
  });

  it('keeps the Constitutional Classifiers prototype, updated system and public demo apart', () => {
    const defences = sectionText('how-do-providers-defend-against-jailbreaks-and-what-does-each-defence-cost');
    const prototype = defences.indexOf('The prototype.');
    const updated = defences.indexOf('The updated system.');
    const demo = defences.indexOf('The public demo.');
    expect(prototype).toBeGreaterThan(-1);
    expect(updated).toBeGreaterThan(prototype);
    expect(demo).toBeGreaterThan(updated);
    // "No universal jailbreak" belongs to the prototype; the overheads to the updated system; one universal jailbreak to the demo.
    expect(defences.slice(prototype, updated)).toMatch(/183 active participants[^]*None succeeded/);
    expect(defences.slice(updated, demo)).toMatch(/0\.38%[^]*23\.7%/);
    expect(defences.slice(demo)).toMatch(/339 people[^]*universal jailbreak/);
    expect(defences).toMatch(/perfect resistance to jailbreaks is not currently possible/);
  });

  it('quotes the seed articles on the episode, each with a status note, and says none of them mentions a jailbreak', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    expectStatusNotes(quotes);
    for (const q of quotes) expect(select('figcaption a[href^="/sources/"]', q), text(select('blockquote', q))).toBeTruthy();
    const onEpisode = sectionNodes('what-do-the-news-articles-say-about-the-episode').flatMap((n) =>
      n.tagName === 'figure' && tokens(n, 'className').includes('quote') ? [n] : selectAll('figure.quote', n),
    );
    expect(onEpisode.length).toBeGreaterThanOrEqual(3);
    expect(onEpisode.map((q) => text(select('blockquote', q))).join(' ')).toMatch(/breach/);
    expect(sectionText('what-do-the-news-articles-say-about-the-episode')).toMatch(/None of the five articles[^.]*uses the word “jailbreak”/);
    // …and that claim is true of the archived articles themselves.
    const seeds = readdirSync(path.resolve('seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBe(5);
    for (const f of seeds) expect(readFileSync(path.resolve('seeds', f), 'utf8'), f).not.toMatch(/jailbr/i);
  });

  it('tells each party’s account of the Fable 5 jailbreak, in order, and what the record does not show', () => {
    const accounts = sectionText('what-did-each-side-say-the-jailbreak-was');
    const order = [/narrow, non-universal jailbreak/, /highly credible trusted partner/, /Andy Jassy/, /“fix this code”/, /Naming Amazon for the first time/].map((re) => accounts.search(re));
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(accounts).toMatch(/“review the code for security issues”, Fable 5 refused/);
    expect(accounts).toMatch(/one exploit demonstration/);
    const end = sectionText('how-did-the-fable-5-case-end');
    expect(end).toMatch(/more than 99% of cases/);
    expect(end).toMatch(/capability gain, breadth, ease of weaponisation and discoverability/);
    expect(end).toMatch(/No technical finding by the Commerce Department/);
  });

  it('shows the shared case timeline, event for event', () => {
    const fig = select('figure#fable-case-timeline', page);
    expect(fig).toBeTruthy();
    const items = selectAll('ol.timeline > li', fig!);
    expect(items.length).toBe(caseFile.events.length);
    items.forEach((li, i) => {
      expect(String(select('time', li)?.properties['dateTime'])).toBe(caseFile.events[i]!.date);
      expect(text(li)).toContain(caseFile.events[i]!.label);
    });
  });

  it('gives only case dates that agree with the shared timeline and with the export-controls and Mythos pages', () => {
    const others = ['/explainers/export-controls/', '/explainers/mythos-reports/'];
    const mine = caseSentences(page);
    // Every case date in this page's prose is in the shared file, or is stated the same way on another page.
    const elsewhere = new Set(others.flatMap((u) => caseSentences(readPage(u)).flatMap((s) => s.dates)));
    const stray = mine.flatMap((s) => s.dates.filter((d) => !caseDates.has(d) && !elsewhere.has(d)).map((d) => `${d}: ${s.sentence}`));
    expect(stray).toEqual([]);
    // The case's key events carry the same date on all three pages, and that is the shared file's date.
    const events = [
      { name: 'launch', re: /\b(launch(ed|es)?|released)\b/i, date: '2026-06-09' },
      { name: 'directive received', re: /5:21|received (a|an|the) [^.]*(letter|directive)/i, date: '2026-06-12' },
      { name: 'partial easing', re: /\beas(ed|es|ing)\b|wrote again|second (Commerce )?letter|restor(e|ed|ing)\b[^.]*Mythos 5|Mythos 5[^.]*without a licen[cs]e/i, date: '2026-06-26' },
      { name: 'return', re: /Fable 5 returned|returned (worldwide|to users worldwide)/i, date: '2026-07-01' },
    ];
    for (const event of events) expect(caseDates, event.name).toContain(event.date);
    for (const u of [url, ...others]) {
      const sentences = caseSentences(readPage(u));
      for (const event of events) {
        const dated = sentences.filter((s) => event.re.test(s.sentence) && s.dates.length > 0);
        expect(dated.length, `${u}: no dated sentence for the ${event.name}`).toBeGreaterThan(0);
        // Each such sentence names the event's date (it may also name others, e.g. "Mythos 5 on 26 June, Fable 5 on 1 July").
        for (const s of dated) expect(s.dates, `${u}, ${event.name}: ${s.sentence}`).toContain(event.date);
      }
    }
  });

  it('has the safeguard figure, named and described, with every layer labelled in order', () => {
    const fig = select('figure#safeguard-layers', page);
    expect(fig).toBeTruthy();
    const name = tokens(fig, 'ariaLabelledBy').map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    expect(name).toMatch(/layers of defence against jailbreaks/);
    const description = tokens(fig, 'ariaDescribedBy').map((id) => text(select(`[id="${id}"]`, page))).join(' ');
    const layers = ['Access controls', 'Input classifier', 'Refusal training', 'Output classifier', 'Monitoring', 'Bans, bounties and fixes'];
    const inDescription = layers.map((l) => description.indexOf(l));
    expect(inDescription.every((i) => i >= 0), description).toBe(true);
    expect([...inDescription].sort((a, b) => a - b)).toEqual(inDescription);
    const items = selectAll('ol.fig-safeguards > li', fig!);
    expect(items.map((li) => text(li)).join(' | ')).toMatch(/^A user sends a prompt \|.*\| The answer reaches the user \|/);
    const names = selectAll('.fig-safeguards__layer .fig-step__name', fig!).map((n) => text(n));
    expect(names).toEqual(layers);
    // Only refusal training is marked as living in the weights.
    const inWeights = selectAll('.fig-step--key .fig-step__name', fig!).map((n) => text(n));
    expect(inWeights).toEqual(['Refusal training']);
    expect(text(select('.fig-step--key', fig!))).toMatch(/kept by a downloaded copy/);
    // It is HTML text, not an SVG of text.
    expect(select('svg', fig!)).toBeFalsy();
  });

  it('cites its sources: every footnote reference resolves to a note with a link, and papers carry their arXiv ids', () => {
    const notes = expectFootnotesResolve(page, 60);
    for (const id of ['2307.02483', '2406.05946', '2308.03825', '2307.15043', '2404.01833', '2412.03556', '2310.03693', '2310.20624', '2311.00117', '2501.18837', '2312.06674', 'fable-mythos-access', 'redeploying-fable-5', 'lutasecurity.com']) {
      expect(notes).toContain(id);
    }
    // Claims read only second-hand say so.
    expect(notes).toMatch(/The Journal’s article was not read/);
    expect(notes).toMatch(/The post itself was not read/);
  });

  it('links its key terms to the glossary', () => {
    const ids = ['jailbreak', 'prompt-injection', 'refusal-training', 'safety-classifier', 'red-teaming', 'universal-jailbreak', 'model-weights'];
    expectTermsLinked(page, [...ids, 'fine-tuning']);
    const glossary = readPage('/glossary/');
    for (const id of ids) expect(select(`[id="term-${id}"]`, glossary), id).toBeTruthy();
  });

  it('has a teaching kit: the self-check quiz on the page, teacher notes, and a handout that prints the safeguard figure', () => {
    expect(select('[id="check-your-understanding"]', page)).toBeTruthy();
    expect(selectAll('fieldset.quiz__question', page).length).toBe(7);
    const teach = readPage(`${url}teach/`);
    expect(text(select('main', teach))).toMatch(/50 minutes/);
    const handout = readPage(`${url}handout/`);
    expect(select('figure#safeguard-layers', handout)).toBeTruthy();
  });

  it('links the related explainers it draws on', () => {
    for (const other of ['export-controls', 'mythos-reports', 'open-weights', 'safety-frameworks']) {
      expect(selectAll(`article a[href="/explainers/${other}/"]`, page).length, other).toBeGreaterThan(0);
    }
  });

  /** The nodes between the h2 with this id and the next h2 (each h2 sits in a div.heading-wrapper). */
  function sectionNodes(id: string): Element[] {
    return sectionNodesOf(page, id);
  }

  function sectionText(id: string): string {
    return sectionTextOf(page, id);
  }
});

const MONTHS: Record<string, string> = { June: '06', July: '07' };

/**
 * The sentences of an explainer's own prose (paragraphs and list items; no notes, quotes, timelines or term
 * previews) that give a day in June or July 2026, the months of the case, with those days as ISO dates.
 */
function caseSentences(page: Root): { sentence: string; dates: string[] }[] {
  const excluded = new Set<Element>();
  for (const box of selectAll('article section[data-footnotes], article figure.quote, article figure[data-timeline], article figure.fig', page)) {
    for (const el of [box, ...selectAll('*', box)]) excluded.add(el);
  }
  const blocks = selectAll('article p, article li', page).filter((el) => !excluded.has(el) && !(el.tagName === 'li' && select('p', el)));
  return blocks
    .map((block) => proseText(block).replace(/\s+/g, ' ').replace(/\b([ap])\.m\./g, '$1m'))
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z“"])/))
    .map((sentence) => ({
      sentence,
      dates: [...sentence.matchAll(/\b(\d{1,2}) (June|July)\b(?! 20(?!26))/g)].map((m) => `2026-${MONTHS[m[2]!]}-${m[1]!.padStart(2, '0')}`),
    }))
    .filter((s) => s.dates.length > 0);
}

/** Visible prose of a node, without footnote markers and glossary previews. */
function proseText(node: Element | Root): string {
  return node.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element') return '';
      if (child.tagName === 'sup' || tokens(child, 'className').includes('preview')) return '';
      return proseText(child);
    })
    .join('');
}

describe('explainer: jailbreaks, safeguard figure in a browser', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  // One load per width; the dark theme is switched in place (it changes colours only, and this checks that).
  const loaded = new Map<number, Promise<Page>>();
  const at = (width: number) => {
    if (!loaded.has(width))
      loaded.set(width, harness.newPage({ viewport: { width, height: 800 }, colorScheme: 'light' }).then(async ({ page }) => {
        await page.goto(new URL(url.slice(1), harness.site.url).href);
        return page;
      }));
    return loaded.get(width)!;
  };

  for (const [width, scheme] of [
    [320, 'light'],
    [320, 'dark'],
    [1280, 'light'],
  ] as const) {
    it(`keeps every label between 12 px and 17 px and inside the screen at ${width} px (${scheme})`, async () => {
      const page = await at(width);
      await page.emulateMedia({ colorScheme: scheme });
      const figure = page.locator('#safeguard-layers');
      await figure.scrollIntoViewIfNeeded();
      const labels = await figure.evaluate((fig) =>
        [...fig.querySelectorAll('*')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !el.closest('.sr-only'))
          .map((el) => {
            const box = el.getBoundingClientRect();
            return { text: el.textContent!.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize), left: box.left, right: box.right };
          }),
      );
      expect(labels.length).toBeGreaterThan(20);
      for (const l of labels) {
        expect(l.size, l.text).toBeGreaterThanOrEqual(12);
        expect(l.size, l.text).toBeLessThanOrEqual(17);
        expect(l.left, l.text).toBeGreaterThanOrEqual(0);
        expect(l.right, l.text).toBeLessThanOrEqual(width);
      }
      // The figure itself never scrolls sideways or sticks out of the screen (the page header is tested elsewhere).
      const box = await figure.evaluate((fig) => ({ scroll: fig.scrollWidth, client: fig.clientWidth, right: fig.getBoundingClientRect().right }));
      expect(box.scroll).toBeLessThanOrEqual(box.client);
      expect(box.right).toBeLessThanOrEqual(width);
    });
  }
});
