/**
 * Search quality over the real built index, through Pagefind's own JS API in
 * Chromium, with the site's ranking options and query handling
 * (src/lib/search-query.ts, src/lib/search-ranking.ts):
 *  - tests/search-queries.json: reader queries, the page each must find first
 *    (≥ 95%) and the section shown first within it (≥ 80%);
 *  - no glued words where two elements meet in the markup;
 *  - glossary entries are results of their own, and notes and term previews
 *    are not part of explainer text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from '../support/browser.ts';
import { rankSections, SEARCH_RANKING, type ResultData } from '../../src/lib/search-ranking.ts';
import { searchLeniently } from '../../src/lib/search-query.ts';

interface Expectation { q: string; page: string; section?: string | string[] }
const { queries } = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'search-queries.json'), 'utf8')) as { queries: Expectation[] };

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  ({ page } = await h.newPage({ bypassCSP: true }));
  await page.goto(`${h.site.url}404.html`);
  // A module script, not import() inside evaluate (the test runner would rewrite that import).
  await page.addScriptTag({ type: 'module', content: "import * as pf from '/pagefind/pagefind.js'; window.pf = pf;" });
  await page.waitForFunction(() => 'pf' in window);
  await page.evaluate(async (ranking) => {
    const w = window as unknown as { pf: { options(o: object): Promise<void> }; runs: unknown[] };
    await w.pf.options({ ranking });
    w.runs = [];
  }, SEARCH_RANKING);
});
afterAll(async () => h?.close());

/** One Pagefind search in the page; the result stays there, named by `run`. */
async function search(term: string | null, options?: object): Promise<{ results: string[]; run: number }> {
  return page.evaluate(async ([t, o]) => {
    const w = window as unknown as { pf: { search(t: string | null, o: object): Promise<{ results: { id: string }[] }> }; runs: unknown[] };
    const r = await w.pf.search(t, o);
    w.runs.push(r);
    return { results: r.results.map((x) => x.id), run: w.runs.length - 1 };
  }, [term, options ?? {}] as const);
}

/** The data of the top `n` results of a search run. */
async function top(run: number, n = 1): Promise<ResultData[]> {
  return page.evaluate(
    async ([r, count]) => {
      const w = window as unknown as { runs: { results: { data(): Promise<ResultData> }[] }[] };
      return Promise.all(w.runs[r]!.results.slice(0, count).map((x) => x.data()));
    },
    [run, n] as const,
  );
}

describe('search ranking (tests/search-queries.json)', () => {
  it('has at least 40 reader queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
  });

  it('finds the right page first for ≥ 95% of queries, and the right section first for ≥ 80%', async () => {
    const misses: string[] = [];
    let pages = 0;
    let sections = 0;
    let withSection = 0;
    for (const want of queries) {
      const { run } = await searchLeniently(search, want.q);
      const [first] = await top(run);
      const pageOk = first?.url === want.page;
      if (pageOk) pages++;
      else misses.push(`page    "${want.q}": ${first?.url ?? 'nothing'} (want ${want.page})`);
      if (!want.section) continue;
      withSection++;
      const got = first ? rankSections(first, want.q)[0]?.anchor?.id : undefined;
      if (pageOk && [want.section].flat().includes(got ?? '')) sections++;
      else if (pageOk) misses.push(`section "${want.q}": #${got ?? 'none'} (want #${[want.section].flat().join(' or #')})`);
    }
    const pageShare = pages / queries.length;
    const sectionShare = sections / withSection;
    console.log(
      `Search ranking: page top-1 ${pages}/${queries.length} (${(pageShare * 100).toFixed(1)}%), ` +
        `section top-1 ${sections}/${withSection} (${(sectionShare * 100).toFixed(1)}%)\n  ${misses.join('\n  ')}`,
    );
    expect(pageShare, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(sectionShare, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});

/** Every indexed page's text, as Pagefind stored it (fragments are gzipped JSON after a signature). */
function indexedPages(): { url: string; content: string; kind: string[] }[] {
  const dir = path.join(inject('distDir'), 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    const data = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; filters: { kind?: string[] } };
    return { url: data.url, content: data.content, kind: data.filters.kind ?? [] };
  });
}

/** Word pairs that sit on either side of a closing tag followed by an opening tag in an indexed page's HTML. */
function wordsAcrossElements(): { url: string; left: string; right: string }[] {
  const dist = inject('distDir');
  const found: { url: string; left: string; right: string }[] = [];
  for (const { url } of indexedPages()) {
    if (url.includes('#')) continue;
    const html = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('data-pagefind-body'));
    for (const m of body.matchAll(/([A-Za-z0-9]{3,})(?:<\/[a-z0-9]+>)+(?:<[a-z][^>]*>)+([A-Za-z]{3,})/g)) {
      found.push({ url, left: m[1]!, right: m[2]! });
    }
  }
  return found;
}

describe('search index', () => {
  it('keeps words apart where two elements meet ("2024</time><span>Files" is "2024" and "files", never "2024files")', async () => {
    const pairs = wordsAcrossElements();
    // The Mythos and weight-theft timelines put a date right before each event's text.
    expect(pairs.length).toBeGreaterThan(5);
    const texts = new Map(indexedPages().map((p) => [p.url, ` ${p.content.toLowerCase()} `]));
    const glued = pairs.filter((p) => texts.get(p.url)!.includes(`${p.left}${p.right}`.toLowerCase()));
    expect(glued.map((p) => `${p.url}: ${p.left}${p.right}`)).toEqual([]);
    // And through the search itself: the word on the right finds its page (for pairs in indexed text, not in
    // parts the index leaves out, such as the "Copy" buttons of the citation block).
    const indexed = pairs.filter((p) => new RegExp(`\\b${p.left}\\b.*\\b${p.right}\\b`, 'is').test(texts.get(p.url)!));
    expect(indexed.length).toBeGreaterThan(5);
    for (const pair of indexed.filter((_, i) => i % Math.ceil(indexed.length / 12) === 0)) {
      const { run, results } = await search(pair.right);
      const urls = (await top(run, results.length)).map((r) => r.url);
      expect(urls, `"${pair.right}" (after "${pair.left}")`).toContain(pair.url);
    }
  });

  it('"2024files" matches no indexed word: Pagefind may split the query, but no hit is the glued word', async () => {
    const { run, results } = await search('2024files');
    const hits = await top(run, results.length);
    const matched = hits.flatMap((r) => {
      const words = (r.content ?? '').split(/\s+/);
      return r.sub_results.flatMap((s) => s.locations.map((l) => words[l] ?? ''));
    });
    expect(matched.filter((w) => /2024files/i.test(w))).toEqual([]);
    const { run: filesRun, results: filesResults } = await search('files');
    expect((await top(filesRun, filesResults.length)).map((r) => r.url)).toContain('/explainers/weight-theft/');
  });

  it('indexes each glossary entry as its own result, linking to its anchor, and not the /glossary/ page', () => {
    const pages = indexedPages();
    const glossary = pages.filter((p) => p.kind.includes('Glossary'));
    const terms = readdirSync(path.join(import.meta.dirname, '..', '..', 'content', 'glossary')).filter((f) => f.endsWith('.yaml'));
    expect(glossary.map((g) => g.url).sort()).toEqual(terms.map((f) => `/glossary/#term-${f.replace(/\.yaml$/, '')}`).sort());
    expect(pages.some((p) => p.url === '/glossary/')).toBe(false);
  });

  it('leaves term previews, footnote markers and the notes out of explainer text, and indexes source pages as their own kind', () => {
    const pages = indexedPages();
    const distillation = pages.find((p) => p.url === '/explainers/distillation/')!;
    // The preview of <Term>distillation</Term> starts with the glossary's definition.
    expect(distillation.content).not.toContain('Training a smaller "student" model to imitate');
    expect(distillation.content).not.toMatch(/Notes and sources/);
    expect(distillation.content).not.toMatch(/in 2015\. 1 /);
    const sources = pages.filter((p) => p.url.startsWith('/sources/'));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    expect(sources.every((s) => s.kind.includes('Source article'))).toBe(true);
  });
});
