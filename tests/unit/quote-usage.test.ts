import { describe, expect, it } from 'vitest';
import { describeStatusConflict, findStatusConflicts, type QuoteUse } from '../../src/lib/quote-usage.ts';

// The quotes of one page, as the Markdown pipeline records them (tests/unit/content-checks.test.ts proves the recording).
const page = (status: string, text = 'The Mythos Breach: Why a Stolen AI Model Shakes National Security', line = 7): QuoteUse[] => [
  { source: 'neuralpress-mythos-breach', text, status: status || undefined, line },
];

describe('one quoted sentence, one status', () => {
  it('accepts the same status on several pages, and quotes without a status', () => {
    expect(findStatusConflicts([
      { file: 'a.mdx', quotes: page('unsupported') },
      { file: 'b.mdx', quotes: page('unsupported') },
      { file: 'c.mdx', quotes: page('') },
    ])).toEqual([]);
  });

  it('reports a sentence given two statuses, naming both files, lines, statuses and the quote', () => {
    const conflicts = findStatusConflicts([
      { file: 'content/explainers/a.mdx', quotes: page('unsupported') },
      { file: 'content/explainers/b.mdx', quotes: page('misleading', undefined, 9) },
    ]);
    expect(conflicts).toHaveLength(1);
    const message = describeStatusConflict(conflicts[0]!);
    expect(message).toContain('different statuses ("unsupported" and "misleading")');
    expect(message).toContain('"unsupported" in content/explainers/a.mdx:7');
    expect(message).toContain('"misleading" in content/explainers/b.mdx:9');
    expect(message).toContain('Quote (neuralpress-mythos-breach): "The Mythos Breach: Why a Stolen AI Model Shakes National Security"');
  });

  it('lists every page under the status it gave, once per sentence', () => {
    const conflicts = findStatusConflicts([
      { file: 'a.mdx', quotes: page('unsupported') },
      { file: 'b.mdx', quotes: page('unsupported') },
      { file: 'c.mdx', quotes: page('misleading') },
    ]);
    expect(conflicts).toHaveLength(1);
    expect(describeStatusConflict(conflicts[0]!)).toContain('"unsupported" in a.mdx:7, b.mdx:7');
  });

  it('treats typographic variants of one sentence as the same sentence', () => {
    const conflicts = findStatusConflicts([
      { file: 'a.mdx', quotes: page('speculative', 'The White House’s export controls — now') },
      { file: 'b.mdx', quotes: page('accurate', "The White House's  export controls - now") },
    ]);
    expect(conflicts).toHaveLength(1);
  });

  it('does not compare the same words quoted from different articles', () => {
    const other = page('accurate').map((q) => ({ ...q, source: 'aitrending-china-may-have-accessed' }));
    expect(findStatusConflicts([{ file: 'a.mdx', quotes: page('unsupported') }, { file: 'b.mdx', quotes: other }])).toEqual([]);
  });
});
