import { describe, expect, it } from 'vitest';
import { extractElementById } from '../../src/lib/extract-element.ts';

describe('extractElementById', () => {
  const html = '<h2 id="a">A</h2><p>Text</p><figure class="figure-svg" id="fig"><svg role="img" viewBox="0 0 10 10"><title id="t">T</title><rect width="5" height="5"></rect></svg><figcaption>Caption &amp; more</figcaption></figure><p id="after">After</p>';

  it('returns the whole element, SVG included, and nothing around it', () => {
    const out = extractElementById(html, 'fig');
    expect(out).toMatch(/^<figure class="figure-svg" id="fig">/);
    expect(out).toContain('<svg role="img" viewBox="0 0 10 10"><title id="t">T</title><rect width="5" height="5"></rect></svg>');
    expect(out).toContain('Caption &amp; more');
    expect(out).not.toContain('After');
    expect(out).not.toContain('<h2');
  });

  it('finds nested elements and reports a missing id', () => {
    expect(extractElementById(html, 't')).toBe('<title id="t">T</title>');
    expect(extractElementById(html, 'nope')).toBeUndefined();
  });
});
