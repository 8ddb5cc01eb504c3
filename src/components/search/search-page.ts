/**
 * The /search/ page: the page's own form (it works without JavaScript) now
 * searches as the reader types; the filters (./search-filters.ts) sit beside
 * the results (./search-results.ts). The query from ?q=… and the filters from
 * ?topic=… and ?kind=… run on arrival, and the address is kept in step with
 * both, so a teacher can link a search.
 */
import { loadSearch, type FilterCounts, type Filters } from './load-search.ts';
import { createFilters } from './search-filters.ts';
import { createResultList } from './search-results.ts';
import { element } from './render-result.ts';
import { FILTER_PARAMS, readSearchUrl, writeSearchUrl } from '../../lib/search-url.ts';

/** Results listed before "Show more results" (each is fetched only when scrolled to). */
const PAGE_RESULTS = 10;
const TYPING_PAUSE_MS = 150;

export async function startSearchPage(app: HTMLElement): Promise<void> {
  const form = app.querySelector('form');
  const input = form?.querySelector('input');
  if (!form || !input) return;
  const engine = await loadSearch(app.dataset['bundle'] ?? '/pagefind/', app.dataset['base'] ?? '/');
  const every: FilterCounts = await engine.allFilters();

  const results = createResultList(PAGE_RESULTS, { more: true });
  const filters = createFilters(FILTER_PARAMS, (chosen) => void run(chosen));
  const column = element('div', 'search-layout__results');
  column.append(...results.parts);
  const layout = element('div', 'search-layout');
  layout.append(filters.element, column);
  form.after(layout);

  const fromUrl = readSearchUrl(location.search);
  input.value = fromUrl.query;
  let selected: Filters = fromUrl.filters;
  let latest = 0;

  async function run(chosen: Filters = selected): Promise<void> {
    selected = chosen;
    const q = input!.value.trim();
    history.replaceState(null, '', `${location.pathname}${writeSearchUrl(q, chosen)}${location.hash}`);
    const id = ++latest;
    if (!q && !Object.keys(chosen).length) {
      results.show(null, '');
      filters.update(every, every, chosen);
      return;
    }
    const found = await engine.search(q, chosen);
    // A later keystroke or tick has its own search: only the newest one is shown.
    if (id !== latest) return;
    results.show(found, q);
    filters.update(found.filters, every, chosen);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (input.value.trim()) engine.preload(input.value.trim());
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  await run();
}
