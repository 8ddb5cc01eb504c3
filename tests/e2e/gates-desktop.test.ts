/**
 * Quality gates over every page of the real build on a desktop (1280 px), in Chromium: accessibility (axe, light
 * and dark), no sideways scrolling, and privacy (no request leaves the origin, also while searching). The phone
 * and the narrower widths are gates-phone.test.ts; how one load per page carries every check:
 * tests/support/every-page-gates.ts. Every page is loaded at 1280 px (not resized from a phone load): the
 * contents list opens into its side column at load on a wide screen, and the search filters open at load from 50rem.
 *
 * A search is typed on one page of each kind, to catch what loads on use (the search code and its index): the
 * search control is the same on every page. The content-security policy test in gates.test.ts also searches from
 * the dialog and /search/, and drives every interactive figure, watching for foreign requests.
 */
import { everyPageGates } from '../support/every-page-gates.ts';

everyPageGates({
  device: 'a 1280 px desktop',
  width: 1280,
  height: 800,
  alsoWidths: [],
  searched: new Set(['/', '/explainers/', '/explainers/mythos-reports/', '/explainers/mythos-reports/teach/', '/glossary/', '/sources/', '/about/', '/404.html']),
});
