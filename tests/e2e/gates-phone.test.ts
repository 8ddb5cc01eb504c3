/**
 * Quality gates over every page of the real build on a phone, in Chromium: accessibility (axe, light and dark, at
 * 375 px), no sideways scrolling at 320, 375 and 768 px, and privacy (no request leaves the origin). The desktop
 * (1280 px) is gates-desktop.test.ts; the site-wide behaviours (content-security policy, no JavaScript, keyboard,
 * base path) are gates.test.ts. How one load per page carries every check: tests/support/every-page-gates.ts.
 *
 * 320 and 768 px are measured by resizing the 375 px load: the only load-time width checks in the site are the
 * contents list (64rem, toc-init.js) and the search filters (50rem), above 768 px, so a page loaded at 375 px and
 * resized to 320 or 768 px is laid out as one loaded at that width.
 */
import { everyPageGates } from '../support/every-page-gates.ts';

everyPageGates({ device: 'a phone', width: 375, height: 800, alsoWidths: [320, 768], searched: new Set() });
