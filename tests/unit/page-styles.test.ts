/** Page-scoped stylesheet sections (src/lib/page-styles.ts) and per-page script hashes (src/lib/security-headers.ts). */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { fillBuildValues, pageClasses, sectionsFor, splitSections } from '../../src/lib/page-styles.ts';
import { trimScriptHashes } from '../../src/lib/security-headers.ts';

describe('splitSections', () => {
  const css = `/* head */\n.a { x: 1 }\n/* @pages-with .quiz, .teach-kit */\n.quiz { y: 2 }\n@media print { .quiz { z: 3 } }\n/* @pages-with * */\n.b { w: 4 }\n`;

  it('cuts a file at its markers; the start and "*" sections are for every page', () => {
    const sections = splitSections(css, 'x.css');
    expect(sections.map((s) => s.when)).toEqual([null, ['quiz', 'teach-kit'], null]);
    expect(sections[1]!.css).toContain('@media print { .quiz { z: 3 } }');
  });

  it('picks, in order, the sections a page’s classes ask for', () => {
    const sections = splitSections(css, 'x.css');
    expect(sectionsFor(sections, new Set(['b']))).toEqual([0, 2]);
    expect(sectionsFor(sections, new Set(['teach-kit']))).toEqual([0, 1, 2]);
  });

  it('refuses a marker inside a block and a marker that is not a class list', () => {
    expect(() => splitSections('@media print {\n/* @pages-with .a */\n.a { x: 1 } }', 'y.css')).toThrowErrorMatchingInlineSnapshot(
      `[Error: y.css section 1: a @pages-with marker sits inside a block; put markers only between top-level rules.]`,
    );
    expect(() => splitSections('/* @pages-with main */\n.a { x: 1 }', 'z.css')).toThrowErrorMatchingInlineSnapshot(
      `[Error: z.css: "@pages-with main" lists "main"; write class selectors (.name) or *.]`,
    );
  });
});

describe('pageClasses and fillBuildValues', () => {
  it('reads every class of the markup', () => {
    expect([...pageClasses('<p class="a  b"><span class="c">x</span></p><div data-class="d">')]).toEqual(['a', 'b', 'c']);
  });

  it('writes the site origin where the print rules use var(--print-origin)', () => {
    expect(fillBuildValues(`a::after { content: ' (' var(--print-origin, '') attr(href) ')'; }`, { origin: 'https://example.org' })).toBe(
      `a::after { content: ' (' "https://example.org" attr(href) ')'; }`,
    );
  });
});

describe('trimScriptHashes', () => {
  const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  it('keeps in a page’s policy only the hashes of the inline scripts that page has', () => {
    const mine = 'console.log(1)';
    const page = (policy: string) =>
      `<head><meta http-equiv="content-security-policy" content="${policy}"><script type="application/ld+json">{}</script><script>${mine}</script><script src="/x.js"></script></head>`;
    const policy = `default-src 'self'; script-src 'self' ${hash(mine)} ${hash('other()')}; style-src 'self'`;
    expect(trimScriptHashes(page(policy))).toBe(page(`default-src 'self'; script-src 'self' ${hash(mine)}; style-src 'self'`));
  });
});
