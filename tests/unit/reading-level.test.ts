import { describe, expect, it } from 'vitest';
import { countSentences, countSyllables, fleschKincaidGrade, proseFromMdx, readingAge, readingLevel, readingLevelLabel, readingStats } from '../../src/lib/reading-level.ts';

describe('countSyllables', () => {
  it.each([
    ['cat', 1], ['model', 2], ['weights', 1], ['make', 1], ['table', 2], ['stated', 2], ['jumped', 1], ['boxes', 2],
    ['makes', 1], ['export', 2], ['distillation', 4], ['security', 4], ['radio', 3], ['nation', 2], ['special', 2],
    ['actual', 3], ['quality', 3], ['language', 2], ['society', 4], ['Australian', 4], ['information', 4], ['the', 1],
    ['business', 2], ['every', 3], ['a', 1], ['network', 2], ['commerce', 2], ['material', 4],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('countSentences', () => {
  it('counts ends of sentences, not abbreviations or decimals', () => {
    expect(countSentences('One. Two! Three? Four.')).toBe(4);
    expect(countSentences('Rules, e.g. the EAR, apply to the U.S. and 2.5 times more. The end.')).toBe(2);
    expect(countSentences('Smith et al. showed it. Then it stopped.')).toBe(2);
    expect(countSentences('A quote ends here." Then another.')).toBe(2);
    expect(countSentences('')).toBe(0);
    expect(countSentences('no final stop')).toBe(1);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('matches the formula on a hand-counted passage', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    const stats = readingStats('The cat sat on the mat.');
    expect(stats).toEqual({ words: 6, sentences: 1, syllables: 6 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(-1.45, 2);
  });

  it('matches the formula on a second hand-counted passage', () => {
    // Words 15, sentences 2; syllables: A(1) model(2) is(1) a(1) file(1) of(1) numbers(2) / Copying(3) it(1) copies(2) what(1) the(1) model(2) has(1) learned(1) = 21.
    const stats = readingStats('A model is a file of numbers. Copying it copies what the model has learned.');
    expect(stats).toEqual({ words: 15, sentences: 2, syllables: 21 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(0.39 * 7.5 + 11.8 * (21 / 15) - 15.59, 6);
  });

  it('ranks a children’s text well below a passage of regulation', () => {
    const children = 'I see a dog. The dog is big. It can run fast. We like to play with the dog in the park.';
    const regulation =
      'The registrant shall disclose any cybersecurity incident that is determined to be material, describing the material aspects of the nature, scope, and timing of the incident, and the material impact or reasonably likely material impact on the registrant, including its financial condition and results of operations.';
    const low = fleschKincaidGrade(readingStats(children));
    const high = fleschKincaidGrade(readingStats(regulation));
    expect(low).toBeLessThan(2);
    expect(high).toBeGreaterThan(20);
  });
});

describe('labels', () => {
  it('turns a grade into the youngest typical age, capped at adult', () => {
    expect(readingAge(11)).toBe(16);
    expect(readingAge(10.4)).toBe(16);
    expect(readingAge(9.96)).toBe(15);
    expect(readingAge(2)).toBe(9);
    expect(readingAge(16)).toBe(18);
    expect(readingLevelLabel(16)).toBe('Reading level: ages 16+');
    expect(readingLevelLabel(18)).toBe('Reading level: ages 18+ (adult)');
  });
});

describe('proseFromMdx', () => {
  const mdx = [
    '---',
    'title: Not prose',
    '---',
    '',
    'import X from "./x.astro";',
    '',
    '## A heading is not a sentence',
    '',
    'A <Term>model</Term> is a file.[^a] See [the paper](https://example.org/p).',
    '',
    '<Figure id="f" caption="Caption"><svg><text>Label inside a figure</text></svg></Figure>',
    '',
    '<Timeline events={[{ date: "2026-06-12", label: "Not read" }]} />',
    '',
    '```python',
    'print("code is not prose")',
    '```',
    '',
    '- A list item without a stop',
    '- Another one.',
    '',
    '| table | row |',
    '',
    '[^a]: A footnote, not body text.',
  ].join('\n');

  it('keeps what a reader reads and drops markup, code, figures and notes', () => {
    const prose = proseFromMdx(mdx);
    expect(prose).toBe('A model is a file. See the paper. A list item without a stop. Another one.');
    for (const gone of ['title', 'heading', 'Label inside', 'Not read', 'code is not', 'table', 'footnote', 'https']) expect(prose).not.toContain(gone);
  });

  it('ends a block that has no stop of its own, looking past closing quotes and brackets, and collapses white space', () => {
    const blocks = ['He said “stop.”', 'Is it (really?)', 'A “quoted” ending “here”', 'Tabs\tand   runs\u00a0 of\n  space', 'Ends with a bracket]'].join('\n\n');
    expect(proseFromMdx(blocks)).toBe('He said “stop.” Is it (really?) A “quoted” ending “here”. Tabs and runs of space. Ends with a bracket].');
  });

  it('gives the level of the prose alone', () => {
    const level = readingLevel(mdx);
    expect(level.words).toBe(16);
    expect(level.sentences).toBe(4);
    expect(level.label).toMatch(/^Reading level: ages \d+\+/);
  });
});
