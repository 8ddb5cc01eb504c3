/**
 * One search result: first a placeholder the size of a typical result (its
 * data, a fragment of the index, is fetched only when it scrolls into view),
 * then the kind of page, its title, an excerpt that wraps instead of being
 * cut, and up to three sections, the one that best answers the query first
 * (src/lib/search-ranking.ts).
 */
import { rankSections } from '../../lib/search-ranking.ts';
import type { PagefindResultData } from './load-search.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A list item holding grey bars where the result will be; aria-busy until it is filled. */
export function placeholder(index: number): HTMLLIElement {
  const item = element('li', 'search-hit search-hit--loading');
  item.dataset['resultIndex'] = String(index);
  item.setAttribute('aria-busy', 'true');
  const bars = element('span', 'search-hit__skeleton');
  bars.setAttribute('aria-hidden', 'true');
  bars.append(element('span'), element('span'), element('span'));
  item.append(bars);
  return item;
}

/** Pagefind's excerpts are escaped text with <mark> around the hits: keep only those marks. */
function excerpt(html: string): HTMLElement {
  // Parsed in a <template>, where nothing loads or runs, then rebuilt from text and <mark> only.
  const parsed = element('template');
  parsed.innerHTML = html;
  const p = element('p', 'search-hit__excerpt');
  for (const node of parsed.content.childNodes) p.append(node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : (node.textContent ?? ''));
  return p;
}

/** Replaces a placeholder's bars with the result. */
export function fillResult(item: HTMLElement, data: PagefindResultData, query: string, maxSections = 3): void {
  const kind = data.filters?.['kind']?.[0];
  const link = element('a', 'search-hit__link');
  link.href = data.url;
  if (kind) link.append(element('span', 'search-hit__kind', kind), ' ');
  link.append(element('span', 'search-hit__title', data.meta?.['title'] ?? data.meta?.['term'] ?? data.url));
  const parts: HTMLElement[] = [link];
  if (data.excerpt) parts.push(excerpt(data.excerpt));
  const sections = rankSections(data, query).slice(0, maxSections);
  if (sections.length) {
    const list = element('ul', 'search-hit__sections');
    list.setAttribute('aria-label', 'Sections');
    for (const s of sections) {
      const li = element('li', 'search-hit__section');
      const a = element('a', 'search-hit__section-link', s.title);
      a.href = s.url;
      li.append(a);
      if (s.excerpt) li.append(excerpt(s.excerpt));
      list.append(li);
    }
    parts.push(list);
  }
  item.classList.remove('search-hit--loading');
  item.removeAttribute('aria-busy');
  item.replaceChildren(...parts);
}
