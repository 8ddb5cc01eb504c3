/**
 * Loads Pagefind's own JS API (pagefind.js, which fetches its WebAssembly and
 * the index) once, configured with the site's ranking, base path and highlight
 * parameter, and wraps its search in the site's lenient query handling.
 * No Pagefind UI: the site draws results itself (./search-results.ts), which
 * saves the 38 KB of Pagefind's Component UI script and styles.
 */
import { SEARCH_RANKING } from '../../lib/search-ranking.ts';
import { searchLeniently } from '../../lib/search-query.ts';
import type { ResultData } from '../../lib/search-ranking.ts';

export type Filters = Record<string, string[]>;
/** Filter name → value → number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData extends ResultData {
  excerpt: string;
  filters?: Filters;
}
export interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
export interface PagefindSearch {
  results: PagefindResult[];
  /** Results per filter value within this search, with the chosen filters applied. */
  filters: FilterCounts;
  /** Results per filter value for this search's words alone. */
  totalFilters: FilterCounts;
}
interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindSearch>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
}

export interface SearchEngine {
  /** Searches the words (or, with none, everything matching the filters); values within one filter are alternatives. */
  search(term: string, filters: Filters): Promise<PagefindSearch>;
  /** Starts fetching the index chunks a term needs, while the reader is still typing. */
  preload(term: string): void;
  /** Every filter value with its number of pages, before any search. */
  allFilters(): Promise<FilterCounts>;
}

let loading: Promise<SearchEngine> | undefined;

/** Pagefind, loaded once per page (a module that failed to load stays failed until the page is reloaded). */
export function loadSearch(bundle: string, base: string): Promise<SearchEngine> {
  return (loading ??= load(bundle, base));
}

async function load(bundle: string, base: string): Promise<SearchEngine> {
  const pagefind = (await import(/* a URL known only at run time: left alone by the bundler */ `${bundle}pagefind.js`)) as PagefindApi;
  // noWorker: the index is small, and the worker would be one more file (about 11 KB) to download.
  await pagefind.options({ baseUrl: base, highlightParam: 'highlight', ranking: SEARCH_RANKING, noWorker: true });
  await pagefind.init();
  const search = (term: string | null, options?: object) => pagefind.search(term, options);
  return {
    // Pagefind only finds pages containing every word; search the meaningful words, dropping any that find nothing.
    search: (term, filters) => {
      const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]));
      return searchLeniently(search, term.trim() || null, { filters: chosen });
    },
    preload: (term) => void pagefind.preload(term).catch(() => undefined),
    allFilters: () => pagefind.filters(),
  };
}
