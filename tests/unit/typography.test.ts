import { describe, expect, it } from 'vitest';
import { smartenText } from '../../src/lib/typography.ts';

describe('smartenText', () => {
  it('curls double and single quotes and apostrophes by position', () => {
    expect(smartenText('He said "no" and it\'s the lab\'s model.')).toBe('He said \u201Cno\u201D and it\u2019s the lab\u2019s model.');
    expect(smartenText("the 'student' model")).toBe('the \u2018student\u2019 model');
    expect(smartenText('("quoted")')).toBe('(\u201Cquoted\u201D)');
  });
  it('uses the text before it when a quote opens a new text node', () => {
    expect(smartenText('"after a link', 'see ')).toBe('\u201Cafter a link');
    expect(smartenText('" closes', 'word')).toBe('\u201D closes');
  });
  it('turns -- and --- into en and em dashes, leaving single hyphens', () => {
    expect(smartenText('2023--2026, state-of-the-art --- really')).toBe('2023\u20132026, state-of-the-art \u2014 really');
  });
});
