import { describe, expect, it } from 'vitest';
import { locateQuote, normalise, describeQuoteMiss } from '../../src/lib/quote-match.ts';
import { splitSeedParagraphs } from '../../src/lib/seed-paragraphs.ts';

const seed = [
  'Headline line',
  '',
  'The security of large language models (LLMs) depends heavily on the protection of “model weights”—the massive sets of numerical values.',
  'Anthropic’s Mythos series represents some of the most capable models.',
  '   ',
  'A final paragraph about export controls and chips.',
].join('\n');
const paragraphs = splitSeedParagraphs(seed);

describe('splitSeedParagraphs', () => {
  it('keeps non-empty lines, numbered by line, with stable anchors', () => {
    expect(paragraphs.map((p) => [p.line, p.anchor])).toEqual([
      [1, 'p-1'],
      [3, 'p-3'],
      [4, 'p-4'],
      [6, 'p-6'],
    ]);
  });
});

describe('locateQuote', () => {
  it('finds an exact quotation and returns its paragraph', () => {
    const r = locateQuote(paragraphs, 'A final paragraph about export controls');
    expect(r.found && r.paragraph.anchor).toBe('p-6');
  });

  it('forgives runs of whitespace and line breaks', () => {
    const r = locateQuote(paragraphs, 'A final   paragraph\nabout export  controls');
    expect(r.found && r.seedText).toBe('A final paragraph about export controls');
  });

  it('forgives straight versus typographic quotes and apostrophes, rendering the seed characters', () => {
    const r = locateQuote(paragraphs, 'Anthropic\'s Mythos series');
    expect(r.found && r.seedText).toBe('Anthropic’s Mythos series');
    const r2 = locateQuote(paragraphs, 'protection of "model weights"-the massive');
    expect(r2.found && r2.seedText).toBe('protection of “model weights”—the massive');
  });

  it('forgives dash variants (hyphen, en dash, em dash)', () => {
    const r = locateQuote(paragraphs, '“model weights”–the massive sets');
    expect(r.found).toBe(true);
  });

  it('does not forgive changed words, case or punctuation', () => {
    expect(locateQuote(paragraphs, 'A final paragraph about export rules').found).toBe(false);
    expect(locateQuote(paragraphs, 'a final paragraph about export controls').found).toBe(false);
    expect(locateQuote(paragraphs, 'A final paragraph, about export controls').found).toBe(false);
  });

  it('reports the closest passage on a miss', () => {
    const r = locateQuote(paragraphs, 'The security of large language models depends heavily on protecting model weights');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.closest?.anchor).toBe('p-3');
    const message = describeQuoteMiss({ file: 'content/explainers/x.mdx', line: 12, sourceId: 'seed-x', quote: 'q', miss: r });
    expect(message).toContain('content/explainers/x.mdx:12');
    expect(message).toContain('source "seed-x"');
    expect(message).toContain('line 3');
  });

  it('does not match across paragraphs', () => {
    expect(locateQuote(paragraphs, 'most capable models. A final paragraph').found).toBe(false);
  });

  it('treats an empty quotation as a miss', () => {
    expect(locateQuote(paragraphs, '   ').found).toBe(false);
  });
});

describe('normalise', () => {
  it('maps every normalised character back to the original', () => {
    const n = normalise('  a  “b” — c ');
    expect(n.text).toBe('a "b" - c');
    expect(n.origin.length).toBe(n.text.length);
  });
});
