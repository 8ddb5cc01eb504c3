import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/glossary.ts';

describe('glossary A–Z', () => {
  it('groups by first letter, ignoring case and leading punctuation, with valid anchors', () => {
    const terms = ['"Is informed" letter', 'inference', 'API', 'Insider threat', '6ND rule'].map((term, i) => ({ id: String(i), term }));
    const groups = groupByInitial(terms);
    expect(groups.map((g) => [g.letter, g.anchor, g.terms.map((t) => t.term)])).toEqual([
      ['#', 'letter-other', ['6ND rule']],
      ['A', 'letter-A', ['API']],
      ['I', 'letter-I', ['inference', 'Insider threat', '"Is informed" letter']],
    ]);
    for (const g of groups) expect(g.anchor).toMatch(/^[A-Za-z][\w-]*$/);
  });
});
