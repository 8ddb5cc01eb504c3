/**
 * Loads Pagefind's Component UI (script and stylesheet from the site's own
 * bundle) once, and configures its shared instance with the site's ranking,
 * base path, highlight parameter and lenient query handling.
 */
import { SEARCH_RANKING } from '../../lib/search-ranking.ts';
import { searchLeniently, type Searchable } from '../../lib/search-query.ts';
import { loadModule } from './start-search.ts';

export interface SearchResultsEvent { results: unknown[] }
export interface FilterCounts { available: Record<string, Record<string, number>> | null; total: Record<string, Record<string, number>> | null }
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]> | null;
  availableFilters: FilterCounts['available'];
  totalFilters: FilterCounts['total'];
  on(event: 'search', callback: (term: string, filters: Record<string, string[]> | undefined) => void): void;
  on(event: 'filters', callback: (counts: FilterCounts) => void): void;
  on(event: 'results', callback: (result: SearchResultsEvent) => void): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerFilter(filter: string, values: string[]): void;
  triggerLoad(): Promise<void>;
  setTranslations(translations: Record<string, string>): void;
}
interface PagefindComponentsGlobal {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
  configureInstance(name: string, options: object): PagefindInstance;
}
declare global {
  interface Window { PagefindComponents?: PagefindComponentsGlobal }
}

let loading: Promise<PagefindInstance> | undefined;

export function loadSearch(bundle: string, base: string): Promise<PagefindInstance> {
  return (loading ??= load(bundle, base));
}

async function load(bundle: string, base: string): Promise<PagefindInstance> {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  document.head.append(css);
  await Promise.all([loadModule(`${bundle}pagefind-component-ui.js`), new Promise((resolve) => (css.onload = css.onerror = resolve))]);
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI did not load');
  // noWorker: the index is small, and the worker would be one more file (about 11 KB) to download.
  const instance = components.configureInstance('default', { bundlePath: bundle, baseUrl: base, highlightParam: 'highlight', ranking: SEARCH_RANKING, noWorker: true });
  instance.setTranslations({ placeholder: 'Search explainers, terms and sources' });
  await instance.triggerLoad();
  // Pagefind only finds pages containing every word; search the meaningful words, dropping any that find nothing.
  const engine = (instance as unknown as { __pagefind__?: { search: Searchable<object> } }).__pagefind__;
  if (engine) {
    const search = engine.search.bind(engine);
    engine.search = ((term: string | null, options?: object) => searchLeniently(search, term, options)) as Searchable<object>;
  }
  return instance;
}
