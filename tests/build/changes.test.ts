/**
 * The public corrections log: each explainer's `changes` appear on the page
 * ("Updated" near the top, "History of this page" near the end), on /changes/
 * (newest first, dated, linked to the section touched) and in its RSS feed;
 * bad entries stop the build with the file and what to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distDir, readPage, select, selectAll, text } from '../support/dist.ts';
import { buildWithOverlay, removeFixture } from '../support/fixture-site.ts';

interface Change { date: string; kind: string; summary: string; section?: string }
const explainersDir = path.resolve('content/explainers');
const pages = readdirSync(explainersDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const raw = readFileSync(path.join(explainersDir, f), 'utf8');
    const data = parse(raw.split(/^---$/m)[1] ?? '') as { changes?: Change[]; published: string; slug?: string };
    return { slug: data.slug ?? f.replace(/\.mdx$/, ''), changes: data.changes ?? [], published: String(data.published) };
  });
const all = pages.flatMap((p) => p.changes.map((c) => ({ ...c, slug: p.slug })));
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
// The site sets quotes and apostrophes typographically; compare the words, not the quote marks.
const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
const hrefOf = (a: unknown) => String((a as { properties: Record<string, unknown> }).properties['href']);

describe('corrections and updates', () => {
  it('the six original explainers record today’s corrections', () => {
    for (const slug of ['mythos-reports', 'weight-theft', 'distillation', 'export-controls', 'sec-disclosure', 'nist-ai-rmf']) {
      const page = pages.find((p) => p.slug === slug)!;
      expect(page.changes.some((c) => c.date === '2026-12-03' && c.kind === 'correction'), slug).toBe(true);
    }
  });

  describe('/changes/', () => {
    const page = readPage('/changes/');
    const items = selectAll('ol.changes-log__list > li', page);

    it('lists every change on every explainer, newest first, each dated with <time datetime>', () => {
      expect(items.length).toBe(all.length);
      const dates = items.map((li) => String(select('time', li)?.properties['dateTime']));
      for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const change of all) {
        const li = items.find((x) => fold(text(x)).includes(fold(change.summary)));
        expect(li, change.summary.slice(0, 60)).toBeTruthy();
        expect(text(li)).toMatch(new RegExp(`^${change.kind}`, 'i'));
      }
    });

    it('links each change to its page, at the section it touched, and every link lands', () => {
      for (const li of items) {
        const link = select('a.change__page', li);
        expect(link).toBeTruthy();
        const [pathPart, hash] = hrefOf(link).split('#');
        expect(pathPart).toMatch(/^\/explainers\/[a-z0-9-]+\/$/);
        const target = readPage(pathPart!);
        if (hash) expect(select(`[id="${hash}"]`, target), hrefOf(link)).toBeTruthy();
      }
      const withSection = all.filter((c) => c.section);
      expect(withSection.length).toBeGreaterThan(0);
      for (const c of withSection) {
        expect(items.some((li) => hrefOf(select('a.change__page', li)) === `/explainers/${c.slug}/#${c.section}`), `${c.slug}#${c.section}`).toBe(true);
      }
    });

    it('links the policy on /about/ and its RSS feed, and advertises the feed', () => {
      const hrefs = selectAll('a[href]', page).map(hrefOf);
      expect(hrefs).toContain('/about/#corrections');
      expect(hrefs).toContain('/changes/rss.xml');
      expect(select('link[rel="alternate"][href="/changes/rss.xml"]', page)).toBeTruthy();
    });
  });

  it('has an RSS feed with one item per change, each with its own id, newest first', () => {
    const xml = readFileSync(path.join(distDir(), 'changes/rss.xml'), 'utf8');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBe(all.length);
    const guids = items.map((i) => /<guid[^>]*>([^<]+)<\/guid>/.exec(i)?.[1]);
    expect(new Set(guids).size).toBe(items.length);
    const dates = items.map((i) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(i)![1]!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const c of all.filter((x) => x.section)) expect(xml).toContain(`/explainers/${c.slug}/#${c.section}</link>`);
  });

  describe('each explainer', () => {
    for (const { slug, changes } of pages) {
      it(`${slug}: shows "Updated" and its history when it has changes, and nothing when it has none`, () => {
        const page = readPage(`/explainers/${slug}/`);
        const updated = select('article header .page-updated', page);
        const history = select('section.change-history', page);
        if (changes.length === 0) {
          expect(updated).toBeFalsy();
          expect(history).toBeFalsy();
          return;
        }
        const newest = changes.map((c) => c.date).sort().at(-1)!;
        expect(text(updated)).toMatch(/^Updated/);
        expect(String(select('time', updated!)?.properties['dateTime'])).toBe(newest);
        expect(select('a[href="#page-history"]', updated!)).toBeTruthy();
        expect(text(select('h2#page-history', history!))).toBe('History of this page');
        const rows = selectAll('li', history!);
        expect(rows.length).toBe(changes.length);
        const dates = rows.map((li) => String(select('time', li)?.properties['dateTime']));
        expect([...dates].sort().reverse()).toEqual(dates);
        for (const li of rows) {
          const local = selectAll('a[href^="#"]', li).map(hrefOf);
          for (const h of local) expect(select(`[id="${h.slice(1)}"]`, page), h).toBeTruthy();
        }
        expect(selectAll('a[href="/changes/"]', history!).length).toBe(1);
        // The history sits after the body and before the citation block.
        const html = readFileSync(path.join(distDir(), `explainers/${slug}/index.html`), 'utf8');
        expect(html.indexOf('id="page-history"')).toBeGreaterThan(html.indexOf('id="further-reading"'));
      });
    }
  });

  describe('bad change entries stop the build with the file and what to fix', () => {
    const fixtures = path.resolve(import.meta.dirname, '../fixtures/bad-content');
    const cases: [string, (string | RegExp)[]][] = [
      ['change-bad-entry', ['content/explainers/bad-change-entry.mdx', 'changes', 'Each change needs a `date`', '`kind` must be one of: correction, update, clarification']],
      ['change-before-published', ['content/explainers/bad-change-date.mdx', 'This change is dated 2026-05-20, before the page was first published (2026-06-01)']],
      ['change-unknown-section', ['content/explainers/bad-change-section.mdx: changes[0] (2026-06-10) names section "no-such-section", which is not a heading id on this page', 'Use one of: a-section']],
    ];
    for (const [name, messages] of cases) {
      it(name, async () => {
        // A small site (the fixture's own explainer only): these checks need no other page.
        const result = await buildWithOverlay(path.join(fixtures, name), {}, { small: true });
        try {
          const output = plain(result.output);
          expect(result.code, output.slice(-1500)).not.toBe(0);
          for (const m of messages) {
            if (typeof m === 'string') expect(output).toContain(m);
            else expect(output).toMatch(m);
          }
        } finally {
          removeFixture(result.dir);
        }
      });
    }
  });
});
