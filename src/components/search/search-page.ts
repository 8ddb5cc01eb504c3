/**
 * The /search/ page: Pagefind's input, count and results, the site's filters
 * (./search-filters.ts), the query from ?q=… and the filters from ?topic=…
 * and ?kind=… run on arrival, and the address kept in step with both, so a
 * teacher can link a search.
 */
import { loadSearch } from './load-search.ts';
import { createFilters } from './search-filters.ts';
import { renderResult, type PagefindResultData } from './render-result.ts';
import { FILTER_PARAMS, readSearchUrl, writeSearchUrl } from '../../lib/search-url.ts';

export async function startSearchPage(app: HTMLElement): Promise<void> {
  const instance = await loadSearch(app.dataset['bundle'] ?? '/pagefind/', app.dataset['base'] ?? '/');
  const input = document.createElement('pagefind-input');
  input.setAttribute('placeholder', 'Search explainers, terms and sources');
  const summary = document.createElement('pagefind-summary');
  const results = document.createElement('pagefind-results') as HTMLElement & { resultTemplate: ((r: PagefindResultData) => Element) | null };
  results.resultTemplate = (data) => renderResult(data, instance.searchTerm);
  const layout = document.createElement('div');
  layout.className = 'search-layout';
  const main = document.createElement('div');
  main.className = 'search-layout__results';
  main.append(summary, results);
  layout.append(createFilters(instance, FILTER_PARAMS), main);
  // Swap the fallback form for the live search in one step, at the same place and height.
  app.querySelector('form')?.replaceWith(input, layout);

  const field = await waitFor(() => input.querySelector('input'));
  field?.setAttribute('aria-label', 'Search the site');
  const { query, filters } = readSearchUrl(location.search);
  if (query || Object.keys(filters).length) {
    if (field) field.value = query;
    instance.triggerSearchWithFilters(query, filters);
  }
  instance.on('search', (term, active) => {
    history.replaceState(null, '', `${location.pathname}${writeSearchUrl(term, active ?? {})}${location.hash}`);
  });
}

async function waitFor<T>(find: () => T | null, tries = 100): Promise<T | null> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}
