/**
 * Runs on every page from the inline enhancement script, and does something on
 * /search/ only: loads that page's search code (/_search/page.js) and starts
 * it. Also where the small module loader shared by the enhancements lives.
 */
import type {} from './site-search-api.ts';

/** Where src/integrations/pagefind-index.ts writes the two bundles, under the site's base. */
export const SEARCH_DIALOG_PATH = '_search/dialog.js';
export const SEARCH_PAGE_PATH = '_search/page.js';

export async function startSearch(): Promise<void> {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  if (!app) return;
  await loadModule(`${app.dataset['base'] ?? '/'}${SEARCH_PAGE_PATH}`);
  await window.siteSearch?.startPage?.(app);
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
