/**
 * The search code readers download on first use (bundled to /_search/search-ui.js
 * by src/integrations/pagefind-index.ts): the header dialog and the /search/
 * page. The inline enhancement script loads it and calls window.siteSearch.
 */
import { openSearchDialog } from './search-dialog.ts';
import { startSearchPage } from './search-page.ts';
import type {} from './site-search-api.ts';

window.siteSearch = { openDialog: openSearchDialog, startPage: startSearchPage };
