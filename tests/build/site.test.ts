import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readPage, select, selectAll, text, allPages, distDir, explainerBasics } from '../support/dist.ts';
import { expectHighlighted } from '../support/explainer-checks.ts';

const root = path.resolve(import.meta.dirname, '../..');
const sources = JSON.parse(readFileSync(path.join(root, 'seeds/sources.json'), 'utf8')) as { id: string; file: string; sha256: string }[];
const explainerSlugs = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2] as string);

describe('seeds', () => {
  it('are the five archived articles, byte for byte', () => {
    const shared = path.join(root, 'seeds');
    expect(sources).toHaveLength(5);
    for (const s of sources) {
      const digest = createHash('sha256').update(readFileSync(path.join(shared, s.file))).digest('hex');
      expect(digest, s.file).toBe(s.sha256);
    }
  });

  // Skipped, and reported as skipped, on a clone that has no ../shared beside it.
  const original = path.resolve(root, '../shared/seeds');
  it.skipIf(!existsSync(original))('match the archived originals in ../shared when those are present', () => {
    for (const s of sources) {
      expect(readFileSync(path.join(root, 'seeds', s.file)).equals(readFileSync(path.join(original, s.file))), s.file).toBe(true);
    }
  });
});

describe('built pages', () => {
  it('has a home, search, glossary, 404 and sources index', () => {
    for (const p of ['/', '/search/', '/glossary/', '/404.html', '/sources/', '/explainers/', '/about/']) expect(() => readPage(p)).not.toThrow();
  });

  it('has a page for every source, with one anchored element per paragraph', () => {
    for (const s of sources) {
      const page = readPage(`/sources/${s.id}/`);
      const seedLines = readFileSync(path.join(root, 'seeds', s.file), 'utf8').split('\n');
      const nonEmpty = seedLines.map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '');
      for (const [line, n] of nonEmpty) {
        const para = select(`[id="p-${n}"]`, page);
        expect(para, `${s.id} #p-${n}`).toBeTruthy();
        expect(text(select('p', para!))).toBe(line.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('has at least the first explainer, and every explainer passes the basics', () => {
    expect(explainerSlugs).toContain('mythos-reports');
    for (const slug of explainerSlugs) {
      const { quotes, brokenQuotes, headings, unnamedFigures } = explainerBasics(slug);
      expect(quotes.length, `${slug} quotes`).toBeGreaterThan(0);
      expect(brokenQuotes, `${slug} quote links`).toEqual([]);
      expect(headings.every((h) => typeof h.properties['id'] === 'string'), `${slug} heading ids`).toBe(true);
      expect(unnamedFigures.length, `${slug} unnamed figures`).toBe(0);
    }
  });

  it('highlights code with token classes that the stylesheet colours for both themes (Shiki)', () => {
    const withCode = explainerSlugs.map((s) => readPage(`/explainers/${s}/`)).find((p) => select('pre.code-block', p));
    expect(withCode, 'some explainer has a code block').toBeTruthy();
    const pre = select('pre.code-block', withCode!);
    expectHighlighted(pre, String(pre!.properties['dataLanguage']));
    // Every token class used is coloured by the stylesheet, with a light value and a dark one.
    const css = readdirSync(path.join(distDir(), '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(distDir(), '_astro', f), 'utf8')).join('\n');
    for (const cls of new Set(selectAll('span[class^="tk-"]', pre!).map((s) => String((s.properties['className'] as string[])[0])))) {
      expect(css, cls).toContain(`.${cls}{color:var(--${cls})}`);
      expect(css, `${cls} in light and dark`).toMatch(new RegExp(`--${cls}:\\s*light-dark\\(#[0-9a-f]{6},\\s*#[0-9a-f]{6}\\)`));
    }
  });

  it('writes the Pagefind index into dist', () => {
    expect(existsSync(path.join(distDir(), 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(distDir(), 'pagefind', 'pagefind-component-ui.js'))).toBe(true);
    // The glossary records' hand-off (src/pages/search-index/glossary.json.ts) is read into the index and not published.
    expect(existsSync(path.join(distDir(), 'search-index'))).toBe(false);
  });

  it('indexes explainer bodies only, with topic filter and summary meta', () => {
    const page = readPage('/explainers/mythos-reports/');
    expect(selectAll('[data-pagefind-body]', page)).toHaveLength(1);
    expect(select('[data-pagefind-filter="topic"]', page)).toBeTruthy();
    expect(select('[data-pagefind-meta="summary"]', page)).toBeTruthy();
    expect(select('[data-pagefind-body]', readPage('/sources/'))).toBeFalsy();
  });
});
