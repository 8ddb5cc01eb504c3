/**
 * The results of one search, shared by the header dialog and /search/: the
 * count in a live region, the results as a list of links, and arrow keys
 * through those links. A result's data (one fragment of the index, 2–14 KB,
 * the largest part of what a search downloads) is fetched only when its
 * placeholder comes into view, and only `pageSize` placeholders are listed
 * until the reader asks for more.
 */
import { element, fillResult, placeholder } from './render-result.ts';
import type { PagefindSearch } from './load-search.ts';

export interface ResultList {
  /** The count, the list and the "more" button, to place where the results go. */
  parts: HTMLElement[];
  /** Shows a finished search (null clears the list); `query` is what the reader typed. */
  show(search: PagefindSearch | null, query: string): void;
  /**
   * Moves focus one link down or up the list from `from` (null: from outside the list), fetching the next
   * result first if needed. Returns false when moving up from the first link, so the caller can focus its field.
   */
  move(from: Element | null, step: 1 | -1): Promise<boolean>;
  /** Says that the search itself could not load (offline, say). */
  fail(): void;
}

interface Shown { search: PagefindSearch; query: string; listed: number; loads: Map<number, Promise<void>>; inFlight: number }

export function createResultList(pageSize: number, options: { more: boolean; scroller?: HTMLElement }): ResultList {
  const status = element('p', 'search-status');
  status.setAttribute('role', 'status');
  const list = element('ul', 'search-results');
  list.setAttribute('aria-label', 'Search results');
  const more = element('button', 'search-more', 'Show more results');
  more.type = 'button';
  more.hidden = true;
  let shown: Shown | undefined;

  // Any placeholder entering or leaving view: see what to fetch next.
  const observer = new IntersectionObserver(() => pump());

  /** Where a placeholder is now: above, in or below the view (the dialog's scrolling body, or the window). */
  function where(item: HTMLElement): 'above' | 'in' | 'below' {
    const rect = item.getBoundingClientRect();
    const box = options.scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
    if (!rect.height || rect.top >= box.bottom) return 'below';
    return rect.bottom <= box.top ? 'above' : 'in';
  }

  /**
   * Fetches the results on screen, top first, two at a time: a filled result is taller than its placeholder and
   * pushes the next ones down, often out of view, so each pair is measured again before fetching more.
   */
  function pump(): void {
    if (!shown) return;
    for (let i = 0; i < shown.listed && shown.inFlight < 2; i++) {
      if (shown.loads.has(i)) continue;
      const place = where(list.children[i] as HTMLElement);
      if (place === 'below') break;
      if (place === 'in') void load(i);
    }
  }

  function load(index: number): Promise<void> {
    const now = shown;
    const item = list.children[index] as HTMLElement | undefined;
    if (!now || !item) return Promise.resolve();
    let loading = now.loads.get(index);
    if (!loading) {
      now.inFlight++;
      observer.unobserve(item);
      loading = now.search.results[index]!.data()
        .then(
          (data) => void (shown === now && fillResult(item, data, now.query)),
          () => void (shown === now && item.replaceChildren('This result could not be loaded.')),
        )
        .finally(() => {
          now.inFlight--;
          pump();
        });
      now.loads.set(index, loading);
    }
    return loading;
  }

  function listMore(): void {
    if (!shown) return;
    const total = shown.search.results.length;
    const end = Math.min(total, shown.listed + pageSize);
    for (let i = shown.listed; i < end; i++) {
      const item = placeholder(i);
      list.append(item);
      observer.observe(item);
    }
    shown.listed = end;
    more.hidden = !options.more || end >= total;
  }
  more.addEventListener('click', listMore);

  function show(search: PagefindSearch | null, query: string): void {
    observer.disconnect();
    list.replaceChildren();
    shown = search ? { search, query, listed: 0, loads: new Map(), inFlight: 0 } : undefined;
    const n = search?.results.length ?? 0;
    const words = query.trim() ? ` for “${query.trim()}”` : '';
    status.textContent = !search ? '' : n ? `${n} result${n === 1 ? '' : 's'}${words}` : `No results${words}. Try fewer or other words.`;
    more.hidden = true;
    listMore();
  }

  return {
    parts: [status, list, more],
    show,
    fail() {
      show(null, '');
      status.textContent = 'Search could not load. Check the connection, then reload the page.';
    },
    async move(from, step) {
      const items = [...list.children] as HTMLElement[];
      const item = from?.closest<HTMLElement>('.search-hit') ?? null;
      const links = item ? [...item.querySelectorAll('a')] : [];
      const within = from ? links.indexOf(from as HTMLAnchorElement) + step : -1;
      if (item && within >= 0 && within < links.length) {
        links[within]!.focus();
        return true;
      }
      const index = item ? items.indexOf(item) + step : step > 0 ? 0 : -1;
      if (index < 0) return false;
      const next = items[index];
      if (!next) return true;
      next.scrollIntoView({ block: 'nearest' });
      await load(index);
      const nextLinks = next.querySelectorAll('a');
      nextLinks[step > 0 ? 0 : nextLinks.length - 1]?.focus();
      return true;
    },
  };
}
