import { describe, expect, it } from 'vitest';
import { describeStatusConflict, findQuoteUses, findStatusConflicts } from '../../src/lib/quote-usage.ts';

const page = (status: string, text = 'The Mythos Breach: Why a Stolen AI Model Shakes National Security') =>
  `---\ntitle: x\n---\n\nIntro.\n\n<Quote source="neuralpress-mythos-breach" text="${text}" status="${status}">Note.</Quote>\n`;

describe('quote uses', () => {
  it('finds each quote with its source, text, status and line', () => {
    const uses = findQuoteUses(page('unsupported') + `\n<Quote source='gmoplus-wake-up-call' text='It said "x".' />\n`);
    expect(uses).toEqual([
      { source: 'neuralpress-mythos-breach', text: 'The Mythos Breach: Why a Stolen AI Model Shakes National Security', status: 'unsupported', line: 7 },
      { source: 'gmoplus-wake-up-call', text: 'It said "x".', status: undefined, line: 9 },
    ]);
  });
});

describe('one quoted sentence, one status', () => {
  it('accepts the same status on several pages, and quotes without a status', () => {
    expect(findStatusConflicts([
      { file: 'a.mdx', mdx: page('unsupported') },
      { file: 'b.mdx', mdx: page('unsupported') },
      { file: 'c.mdx', mdx: page('').replace(' status=""', '') },
    ])).toEqual([]);
  });

  it('reports a sentence given two statuses, naming both files, lines, statuses and the quote', () => {
    const conflicts = findStatusConflicts([
      { file: 'content/explainers/a.mdx', mdx: page('unsupported') },
      { file: 'content/explainers/b.mdx', mdx: `\n\n${page('misleading')}` },
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
      { file: 'a.mdx', mdx: page('unsupported') },
      { file: 'b.mdx', mdx: page('unsupported') },
      { file: 'c.mdx', mdx: page('misleading') },
    ]);
    expect(conflicts).toHaveLength(1);
    expect(describeStatusConflict(conflicts[0]!)).toContain('"unsupported" in a.mdx:7, b.mdx:7');
  });

  it('treats typographic variants of one sentence as the same sentence', () => {
    const conflicts = findStatusConflicts([
      { file: 'a.mdx', mdx: page('speculative', 'The White House’s export controls — now') },
      { file: 'b.mdx', mdx: page('accurate', "The White House's  export controls - now") },
    ]);
    expect(conflicts).toHaveLength(1);
  });

  it('does not compare the same words quoted from different articles', () => {
    const other = page('accurate').replace('neuralpress-mythos-breach', 'aitrending-china-may-have-accessed');
    expect(findStatusConflicts([{ file: 'a.mdx', mdx: page('unsupported') }, { file: 'b.mdx', mdx: other }])).toEqual([]);
  });
});
