import { describe, expect, it } from 'vitest';
import { glossaryRecord, keepHeadingIdsOnly, pageKind, separateAdjacentElements, weightByKind } from '../../src/lib/search-index.ts';
import { meaningfulQuery, queryWords, searchLeniently } from '../../src/lib/search-query.ts';
import { matchesWord, rankSections, type ResultData } from '../../src/lib/search-ranking.ts';

describe('indexing', () => {
  it('puts a space where one element ends and the next begins, and nowhere else', () => {
    expect(separateAdjacentElements('<time>28 January 2024</time><span>Files named</span>')).toBe('<time>28 January 2024</time> <span>Files named</span>');
    expect(separateAdjacentElements('one<br>two<br/><b>three</b>')).toBe('one<br> two<br/> <b>three</b>');
    // Inline markup inside a word, and a closing tag followed by text, stay as they are.
    expect(separateAdjacentElements('H<sub>2</sub>O and <em>un</em>usual')).toBe('H<sub>2</sub>O and <em>un</em>usual');
  });

  it('weights teacher notes below explainers, and leaves explainers and pages with their own weight alone', () => {
    const teach = '<article class="prose teach" data-pagefind-body><span hidden data-pagefind-filter="kind:Teacher notes"></span>';
    expect(pageKind(teach)).toBe('Teacher notes');
    expect(weightByKind(teach)).toContain('<article class="prose teach" data-pagefind-body data-pagefind-weight="0.15">');
    const explainer = '<article data-pagefind-body><p><span hidden data-pagefind-filter="kind">Explainer</span></p>';
    expect(pageKind(explainer)).toBe('Explainer');
    expect(weightByKind(explainer)).toBe(explainer);
    const source = '<article data-pagefind-body data-pagefind-filter="kind:Source article" data-pagefind-weight="0.5">';
    expect(weightByKind(source)).toBe(source);
  });

  it("hands the indexer headings' ids only (Pagefind makes sections from headings; other ids only enlarge fragments)", () => {
    const html = '<h2 id="what-is-it">What is it?</h2><p id="p-3">Text<sup><a id="fnref-1" href="#fn-1" data-footnote-ref>1</a></sup></p><figure id=fig class="x">';
    expect(keepHeadingIdsOnly(html)).toBe('<h2 id="what-is-it">What is it?</h2><p>Text<sup><a href="#fn-1" data-footnote-ref>1</a></sup></p><figure class="x">');
    // Attributes that merely end in "id" stay.
    expect(keepHeadingIdsOnly('<span data-id="x" aria-describedby="y">')).toBe('<span data-id="x" aria-describedby="y">');
  });

  it('makes each glossary entry a low-weight record of kind Glossary at its anchor, with the term as its title field', () => {
    const record = glossaryRecord({ id: 'deemed-export', term: 'Deemed export', definition: 'Releasing <controlled> technology…', aliases: ['deemed exports'] });
    expect(record.url).toBe('/glossary/#term-deemed-export');
    expect(record.content).toContain('data-pagefind-filter="kind:Glossary"');
    expect(record.content).toContain('data-pagefind-meta="term:Deemed export"');
    expect(record.content).not.toContain('<h1');
    expect(record.content).toContain('&lt;controlled&gt;');
    expect(record.content).toContain('Also: deemed exports');
  });
});

describe('queries', () => {
  it('splits like Pagefind and keeps dotted numbers', () => {
    expect(queryWords('Form 8-K, Item 1.05?')).toEqual(['form', '8', 'k', 'item', '1.05']);
  });

  it('drops words that carry no meaning, unless nothing else is left', () => {
    expect(meaningfulQuery('is the AI RMF mandatory')).toBe('AI RMF mandatory');
    expect(meaningfulQuery('weight theft vs distillation')).toBe('weight theft distillation');
    expect(meaningfulQuery('what is it')).toBe('what is it');
  });

  it('drops the odd word out (the one whose absence finds most) until something is found', async () => {
    const index: Record<string, number> = { 'ai rmf': 4, 'ai mandatory': 1, 'rmf mandatory': 0 };
    const asked: string[] = [];
    const search = async (term: string | null) => {
      asked.push(term ?? '');
      return { results: Array.from({ length: index[(term ?? '').toLowerCase()] ?? 0 }) };
    };
    const result = await searchLeniently(search, 'is the AI RMF mandatory');
    expect(result.results).toHaveLength(4);
    expect(asked[0]).toBe('AI RMF mandatory');
    expect(asked).toContain('AI mandatory');
  });
});

describe('section ranking', () => {
  it('matches words by rough stem, and short words only exactly', () => {
    expect(matchesWord('controls', 'control')).toBe(true);
    expect(matchesWord('on', 'one')).toBe(false);
    expect(matchesWord('miqu', '“Miqu”,')).toBe(true);
  });

  it('puts the section whose heading holds the rare query word first, whatever its place in the page', () => {
    const words = 'Intro text . Leaks and thefts happened , a leak of miqu . “Miqu”, January 2024 a leak miqu files . Defences against a leak .'.split(' ');
    const at = (w: string, from = 0) => words.indexOf(w, from);
    const data: ResultData = {
      url: '/explainers/weight-theft/',
      content: words.join(' '),
      sub_results: [
        { title: 'Leaks and thefts', url: '/explainers/weight-theft/#leaks', locations: [at('leak'), at('miqu')], weighted_locations: [], anchor: { element: 'h2', id: 'leaks', text: 'Leaks and thefts', location: at('Leaks') } },
        { title: '“Miqu”, January 2024', url: '/explainers/weight-theft/#miqu', locations: [at('“Miqu”,'), at('leak', 15), at('miqu', 15)], weighted_locations: [], anchor: { element: 'h3', id: 'miqu', text: '“Miqu”, January 2024', location: at('“Miqu”,') } },
        { title: 'Defences', url: '/explainers/weight-theft/#defences', locations: [at('leak', 24)], weighted_locations: [], anchor: { element: 'h2', id: 'defences', text: 'Defences', location: at('Defences') } },
      ],
    };
    // Both first sections hold both words and one in the heading; "miqu" is rarer than "leak", so its heading wins.
    expect(rankSections(data, 'miqu leak').map((s) => s.anchor?.id)).toEqual(['miqu', 'leaks', 'defences']);
  });
});
