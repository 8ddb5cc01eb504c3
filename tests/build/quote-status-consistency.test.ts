/**
 * One quoted sentence gets one verdict across the site: the built pages agree,
 * and a page that disagrees stops the build, naming both files and the quote.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, readPage, select, selectAll, text } from '../support/dist.ts';
import { tokens } from '../support/explainer-checks.ts';
import { buildWithOverlay, removeFixture } from '../support/fixture-site.ts';

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

describe('one status per quoted sentence', () => {
  it('every explainer gives a quoted sentence the same status as every other explainer', () => {
    const statuses = new Map<string, Map<string, string[]>>();
    const explainers = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));
    expect(explainers.length).toBeGreaterThanOrEqual(6);
    let shared = 0;
    for (const url of explainers) {
      for (const q of selectAll('article figure.quote', readPage(url))) {
        const status = tokens(q, 'className').find((c) => c.startsWith('quote--'));
        if (!status) continue;
        const key = `${String(q.properties['dataQuoteSource'])} ${fold(text(select('blockquote', q)))}`;
        const byStatus = statuses.get(key) ?? new Map<string, string[]>();
        byStatus.set(status, [...(byStatus.get(status) ?? []), url]);
        statuses.set(key, byStatus);
      }
    }
    for (const [quote, byStatus] of statuses) {
      if ([...byStatus.values()].flat().length > 1) shared++;
      expect([...byStatus.entries()].map(([s, urls]) => `${s}: ${urls.join(', ')}`), quote).toHaveLength(1);
    }
    // The rule has something to bite on: several sentences are quoted on more than one page.
    expect(shared).toBeGreaterThanOrEqual(5);
    // The two the review found: the NeuralPress headline and the Mag-Info "restricted countries" sentence.
    const headline = [...statuses.entries()].find(([k]) => k.includes('Why a Stolen AI Model Shakes National Security'));
    expect([...headline![1].keys()]).toEqual(['quote--unsupported']);
    const countries = [...statuses.entries()].find(([k]) => k.includes('entities in restricted countries'));
    expect([...countries![1].keys()]).toEqual(['quote--misleading']);
  });

  it('a page that gives a quoted sentence another status stops the build, naming both files and the quote', async () => {
    // A small site of two fixture pages that disagree (the rule itself, over any pages: tests/unit/quote-usage.test.ts).
    const result = await buildWithOverlay(path.resolve(import.meta.dirname, '../fixtures/bad-content/conflicting-status'), {}, { small: true });
    try {
      const output = plain(result.output);
      expect(result.code, output.slice(-1500)).not.toBe(0);
      expect(output).toContain('One quoted sentence has different statuses');
      expect(output).toContain('Quote (neuralpress-mythos-breach): "The Mythos Breach: Why a Stolen AI Model Shakes National Security"');
      expect(output).toMatch(/"misleading" in content\/explainers\/bad-status\.mdx:\d+/);
      expect(output).toMatch(/"unsupported" in content\/explainers\/bad-status-other\.mdx:\d+/);
      expect(output).toContain('one sentence gets one verdict everywhere');
    } finally {
      removeFixture(result.dir);
    }
  });
});
