/**
 * The small pure helpers pages are built from: dates, addresses, the contents list, glossary keys, per-page ids,
 * timelines and the article metadata search engines read. Each is used on every page, so a slip shows everywhere.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateWithWeekday, isIsoDate } from '../../src/lib/dates.ts';
import { explainerPath, sourcePath, withBase } from '../../src/lib/urls.ts';
import { handoutPath, teachPath } from '../../src/lib/teaching-urls.ts';
import { buildToc, pageEndSections } from '../../src/lib/toc.ts';
import { glossaryAnchor, termKey } from '../../src/lib/terms.ts';
import { uniqueId } from '../../src/lib/unique-id.ts';
import { validateTimeline } from '../../src/lib/timeline.ts';
import { articleJsonLd } from '../../src/lib/json-ld.ts';
import { optionLetter } from '../../src/lib/quiz.ts';
import { QUOTE_STATUS_IDS, QUOTE_STATUSES } from '../../src/lib/quote-status.ts';

describe('dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-06-12')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-6-12')).toBe(false);
    expect(isIsoDate('12 June 2026')).toBe(false);
  });

  it('prints days, months and years the way the site writes them, with the weekday when asked', () => {
    expect(formatDate('2026-06-12')).toBe('12 June 2026');
    expect(formatDate('2026-06')).toBe('June 2026');
    expect(formatDate('2026')).toBe('2026');
    expect(formatDateWithWeekday('2026-07-09')).toBe('Thursday 9 July 2026');
  });
});

describe('addresses', () => {
  it('prefix the base path to root-relative links only', () => {
    expect(withBase('/explainers/x/', '/model-security/')).toBe('/model-security/explainers/x/');
    expect(withBase('/explainers/x/', '/')).toBe('/explainers/x/');
    expect(withBase('https://example.org/', '/base/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x', '/base/')).toBe('//cdn.example.org/x');
    expect(withBase('#notes', '/base/')).toBe('#notes');
  });

  it('give every kind of page its stable address', () => {
    expect(explainerPath('weight-theft')).toBe('/explainers/weight-theft/');
    expect(sourcePath('gmoplus-wake-up-call')).toBe('/sources/gmoplus-wake-up-call/');
    expect(sourcePath('gmoplus-wake-up-call', 'p-8')).toBe('/sources/gmoplus-wake-up-call/#p-8');
    expect(teachPath('weight-theft')).toBe('/explainers/weight-theft/teach/');
    expect(handoutPath('weight-theft')).toBe('/explainers/weight-theft/handout/');
  });
});

describe('contents list', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  it('nests sub-sections under their section, leaves out the notes heading and adds the page-end sections last', () => {
    const toc = buildToc([h(3, 'orphan'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(2, 'footnote-label'), h(2, 'b')], pageEndSections(true));
    expect(toc.map((e) => [e.slug, e.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
      ['check-your-understanding', []],
      ['for-educators', []],
      ['cite-this-page', []],
    ]);
  });

  it('lists the quiz only on pages that have one', () => {
    expect(pageEndSections(false).map((s) => s.slug)).toEqual(['for-educators', 'cite-this-page']);
  });
});

describe('glossary keys and per-page ids', () => {
  it('turns a term as written into its glossary file name and anchor', () => {
    expect(termKey('Model weights')).toBe('model-weights');
    expect(termKey('Anthropic’s RSP')).toBe('anthropics-rsp');
    expect(termKey('  Item 1.05 (Form 8-K) ')).toBe('item-1-05-form-8-k');
    expect(glossaryAnchor('model-weights')).toBe('term-model-weights');
  });

  it('counts ids per page, so one page never shifts the ids of another', () => {
    const first = {};
    const second = {};
    expect([uniqueId(first, 'def-x'), uniqueId(first, 'def-x'), uniqueId(first, 'def-y')]).toEqual(['def-x-1', 'def-x-2', 'def-y-1']);
    expect(uniqueId(second, 'def-x')).toBe('def-x-1');
  });
});

describe('timelines', () => {
  it('accept real dates in order and name the event that is not', () => {
    expect(() => validateTimeline([{ date: '2026-06-01', label: 'a' }, { date: '2026-06-01', label: 'b' }, { date: '2026-06-12', label: 'c' }], 'x.yaml')).not.toThrow();
    expect(() => validateTimeline([{ date: '2026-02-30', label: 'a' }], 'x.yaml')).toThrow('x.yaml: timeline event 1 has "2026-02-30", not a real YYYY-MM-DD date.');
    expect(() => validateTimeline([{ date: '2026-06-12', label: 'a' }, { date: '2026-06-01', label: 'b' }], 'x.yaml')).toThrow(/out of order: 2026-06-12 comes before 2026-06-01/);
  });
});

describe('article metadata (JSON-LD)', () => {
  it('describes the explainer with its dates, licence and cited sources, and can never close its script element', () => {
    const json = articleJsonLd({
      title: 'A </script><script>alert(1)</script> title',
      description: 'd',
      url: 'https://example.org/explainers/x/',
      published: '2026-06-12',
      reviewed: '2026-11-30',
      image: 'https://example.org/og/x.png',
      citations: [{ title: 'NIST AI 100-1', publisher: 'NIST', url: 'https://doi.org/10.6028/NIST.AI.100-1', date: '2023-01-26' }],
    });
    expect(json).not.toContain('<');
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data).toMatchObject({ '@type': 'Article', headline: 'A </script><script>alert(1)</script> title', datePublished: '2026-06-12', dateModified: '2026-11-30', license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(data['citation']).toEqual([{ '@type': 'CreativeWork', name: 'NIST AI 100-1', publisher: 'NIST', url: 'https://doi.org/10.6028/NIST.AI.100-1', datePublished: '2023-01-26' }]);
  });
});

describe('quiz letters and quote statuses', () => {
  it('letters options A, B, C…', () => {
    expect([0, 1, 2, 25].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z']);
  });

  it('gives every quote status a label readers see, and lists the ids the schema accepts', () => {
    expect(QUOTE_STATUS_IDS).toEqual(Object.keys(QUOTE_STATUSES));
    expect(QUOTE_STATUS_IDS).toContain('unconfirmed');
    for (const id of QUOTE_STATUS_IDS) expect(QUOTE_STATUSES[id].length).toBeGreaterThan(3);
  });
});
