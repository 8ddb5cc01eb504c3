import { describe, expect, it } from 'vitest';
import { readSearchUrl, writeSearchUrl } from '../../src/lib/search-url.ts';

describe('search address', () => {
  it('reads the query and filter values', () => {
    expect(readSearchUrl('?q=export+controls&topic=Export+controls&kind=Explainer&kind=Glossary&utm=x')).toEqual({
      query: 'export controls',
      filters: { topic: ['Export controls'], kind: ['Explainer', 'Glossary'] },
    });
  });
  it('writes what it reads (round trip) and omits empty parts', () => {
    const state = { query: 'distillation', filters: { topic: ['Distillation and extraction'] } };
    expect(readSearchUrl(writeSearchUrl(state.query, state.filters))).toEqual(state);
    expect(writeSearchUrl('  ', {})).toBe('');
  });
});
