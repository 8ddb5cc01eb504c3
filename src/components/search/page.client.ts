/**
 * The /search/ page's code (bundled to /_search/page.js; only that page loads
 * it). Separate from the dialog's, so each downloads only what it draws.
 */
import { startSearchPage } from './search-page.ts';
import type {} from './site-search-api.ts';

window.siteSearch = { ...window.siteSearch, startPage: startSearchPage };
