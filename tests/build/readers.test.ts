/** Build tests for what readers and teachers get on every explainer: glossary, citations, educators' blocks. */
import { describe, expect, it } from 'vitest';
import { readPage, select, selectAll, text, allPages } from '../support/dist.ts';

const explainers = allPages().filter((p) => /^\/explainers\/[^/]+\/$/.test(p));

describe('glossary', () => {
  const page = readPage('/glossary/');
  const terms = selectAll('.glossary__entry h3', page);

  it('holds at least 30 terms, A to Z, each with its own anchor', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
    // A to Z by the first letter or digit: '"Is informed" letter' files under I.
    const names = terms.map((t) => text(t).replace(/^[^\p{L}\p{N}]+/u, ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(terms.every((t) => String(t.properties['id']).startsWith('term-'))).toBe(true);
  });

  it('covers the key terms of every topic', () => {
    const ids = new Set(terms.map((t) => String(t.properties['id']).replace(/^term-/, '')));
    const required = ['model-weights', 'inference', 'distillation', 'soft-targets', 'model-extraction', 'exfiltration', 'insider-threat', 'confidential-computing', 'attestation', 'eccn', 'deemed-export', 'ear', 'bis', 'form-8-k', 'materiality', 'registrant', 'ai-rmf', 'trustworthy-ai'];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every term link on an explainer points at a glossary anchor that exists, with its definition attached', () => {
    const anchors = new Set(terms.map((t) => String(t.properties['id'])));
    for (const p of explainers) {
      const page = readPage(p);
      for (const a of selectAll('a.term', page)) {
        const anchor = String(a.properties['href']).split('#')[1];
        expect(anchors.has(anchor!), `${p} → ${a.properties['href']}`).toBe(true);
        const described = String(a.properties['ariaDescribedBy']);
        expect(text(select(`[id="${described}"]`, page)).length, `${p} preview for ${anchor}`).toBeGreaterThan(20);
      }
    }
  });
});

describe('every explainer', () => {
  it('has reading time, reviewed date, cite-this-page in four styles, licence, educators block and a pager', () => {
    expect(explainers.length).toBeGreaterThan(0);
    for (const p of explainers) {
      const page = readPage(p);
      const meta = text(select('article header', page));
      expect(meta, p).toMatch(/Reviewed \d{1,2} \w+ \d{4}/);
      expect(meta, p).toMatch(/\d+ min read/);
      const cite = select('section.cite', page);
      expect(selectAll('dt', cite!).map((d) => text(d)), p).toEqual(['APA 7', 'MLA 9', 'Chicago', 'BibTeX']);
      expect(text(cite!), p).toContain('CC BY 4.0');
      const educators = select('section.educators', page);
      expect(selectAll('li', educators!).length, p).toBeGreaterThanOrEqual(6);
      expect(select('#activity', page) ?? select('[id^="activity"]', page), p).toBeTruthy();
      expect(select('nav.pager', page), p).toBeTruthy();
      expect(selectAll('section.footnotes li', page).length, `${p} footnotes`).toBeGreaterThan(5);
    }
  });

  it('is gathered on /educators/ with links to its sections', () => {
    const page = readPage('/educators/');
    for (const p of explainers) {
      const links = selectAll(`a[href^="${p}#"]`, page);
      expect(links.length, p).toBeGreaterThan(2);
    }
  });
});
