/**
 * Runs on /search/ only. Loads Pagefind's Component UI from the site's own
 * bundle, runs the query in ?q=… and keeps the URL in step with what the
 * reader types, so a teacher can link a search.
 */
import { readSearchUrl, writeSearchUrl } from '../../lib/search-url.ts';

interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[]> | undefined) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

export async function startSearch(): Promise<void> {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  if (!app) return;
  const bundle = app.dataset['bundle'] ?? '/pagefind/';
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = `${bundle}pagefind-component-ui.css`;
  document.head.append(css);
  await loadModule(`${bundle}pagefind-component-ui.js`);

  // preload: fetch the index (and so the filter values) at once, so the filters show before the reader types.
  const config = element('pagefind-config', { 'bundle-path': bundle, 'base-url': app.dataset['base'] ?? '/', 'highlight-param': 'highlight', preload: '' });
  const input = element('pagefind-input', { placeholder: 'Search the explainers' });
  const filterPane = element('pagefind-filter-pane', { 'show-empty': 'true', open: 'true', expanded: 'true' });
  const summary = element('pagefind-summary', {});
  const results = element('pagefind-results', { 'show-sub-results': 'true' });
  const layout = document.createElement('div');
  layout.className = 'search-layout';
  const side = document.createElement('div');
  side.className = 'search-layout__filters';
  side.append(filterPane);
  const main = document.createElement('div');
  main.className = 'search-layout__results';
  main.append(summary, results);
  layout.append(side, main);
  app.querySelector('form')?.replaceWith(config, input, layout);

  const field = await waitFor(() => input.querySelector('input'));
  if (!field) return;
  field.setAttribute('aria-label', 'Search the site');
  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  const { query, filters } = readSearchUrl(location.search);
  if (query || Object.keys(filters).length) {
    field.value = query;
    if (instance) instance.triggerSearchWithFilters(query, filters);
    else field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Keep the address in step with the query and filters, so a teacher can copy a search.
  instance?.on('search', (term: string, active: Record<string, string[]> | undefined) => {
    history.replaceState(null, '', `${location.pathname}${writeSearchUrl(term, active ?? {})}${location.hash}`);
  });
}

function element(name: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

async function waitFor<T>(find: () => T | null, tries = 100): Promise<T | null> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/** Loads an ES module by URL with a <script> element (a dynamic import() here would be rewritten by Vite's preloader). */
export function loadModule(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}
