/**
 * One search result, drawn by the site instead of Pagefind's default template
 * (Pagefind's <pagefind-results> takes a function for this): the kind of page,
 * its title, an excerpt that wraps instead of being cut, and up to three
 * sections, the one that best answers the query first (src/lib/search-ranking.ts).
 */
import { rankSections, type ResultData } from '../../lib/search-ranking.ts';

export interface PagefindResultData extends ResultData {
  excerpt: string;
  filters?: Record<string, string[]>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind's excerpts are escaped text with <mark> around the hits: keep only those marks. */
function excerpt(html: string): HTMLElement {
  // Parsed in a <template>, where nothing loads or runs, then rebuilt from text and <mark> only.
  const parsed = document.createElement('template');
  parsed.innerHTML = html;
  const p = element('p', 'search-hit__excerpt');
  for (const node of parsed.content.childNodes) {
    p.append(node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : (node.textContent ?? ''));
  }
  return p;
}

export function renderResult(data: PagefindResultData, query: string, maxSections = 3): HTMLElement {
  const item = element('li', 'search-hit');
  const kind = data.filters?.['kind']?.[0];
  const link = element('a', 'search-hit__link');
  link.href = data.url;
  if (kind) link.append(element('span', 'search-hit__kind', kind), ' ');
  link.append(element('span', 'search-hit__title', data.meta?.['title'] ?? data.meta?.['term'] ?? data.url));
  item.append(link);
  if (data.excerpt) item.append(excerpt(data.excerpt));
  const sections = rankSections(data, query).slice(0, maxSections);
  if (sections.length) {
    const list = element('ul', 'search-hit__sections');
    for (const s of sections) {
      const li = element('li', 'search-hit__section');
      const a = element('a', 'search-hit__section-link', s.title);
      a.href = s.url;
      li.append(a);
      if (s.excerpt) li.append(excerpt(s.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
