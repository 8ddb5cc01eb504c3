/**
 * The header search dialog's code, which any page downloads when a reader
 * first reaches for search (bundled to /_search/dialog.js by
 * src/integrations/pagefind-index.ts; the inline enhancement script loads it
 * and calls window.siteSearch.openDialog).
 */
import { loadDialogStyles, openSearchDialog } from './search-dialog.ts';
import type {} from './site-search-api.ts';

// The dialog's stylesheet sits next to this script: fetch it now (the reader is reaching for search), not on open.
loadDialogStyles(new URL('dialog.css', import.meta.url).href);
window.siteSearch = { ...window.siteSearch, openDialog: openSearchDialog };
