import { describe, expect, it } from 'vitest';
import { ogImageSvg, wrapText } from '../../src/lib/og-image.ts';

describe('Open Graph card', () => {
  it('wraps on word boundaries within the width', () => {
    expect(wrapText('Model weight theft: how AI models are stolen and guarded', 28, 3)).toEqual(['Model weight theft: how AI', 'models are stolen and', 'guarded']);
  });

  it('ends an overflowing last line with an ellipsis, never a cut word', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/ …$/);
    expect(lines.join(' ').replace(' …', '').split(' ').every((w) => 'one two three four five six seven eight nine ten eleven twelve'.split(' ').includes(w))).toBe(true);
  });

  it('keeps a single over-long word rather than splitting it', () => {
    expect(wrapText('Supercalifragilistic', 5, 2)).toEqual(['Supercalifragilistic']);
  });

  it('escapes text and keeps the description clear of the footer, however long the title', () => {
    const svg = ogImageSvg({ title: 'A & B <script> '.repeat(10), description: 'word '.repeat(80), topic: 'SEC disclosure', siteName: 'Site', host: 'example.org' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('A &#38; B &#60;script&#62;');
    const baselines = [...svg.matchAll(/<text x="80" y="(\d+)"[^>]*font-size="28"/g)].map((m) => Number(m[1])).filter((y) => y > 200); // below the topic line
    expect(baselines).toHaveLength(3);
    expect(Math.max(...baselines)).toBeLessThan(560);
  });
});
