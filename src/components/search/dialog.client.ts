/**
 * The header search dialog's code, which any page downloads when a reader
 * first reaches for search (bundled to /_search/dialog.js by
 * src/integrations/pagefind-index.ts; the inline enhancement script loads it
 * and calls window.siteSearch.openDialog).
 */
import { openSearchDialog } from './search-dialog.ts';
import type {} from './site-search-api.ts';

window.siteSearch = { ...window.siteSearch, openDialog: openSearchDialog };
