/**
 * The header search control: the button, or "/" anywhere outside a text field,
 * opens the search dialog. The search code (/_search/dialog.js, then
 * Pagefind's pagefind.js and index) is fetched on that first use, or when the
 * pointer or focus reaches the button (the small UI script only), never before. If it cannot load, the button does what it
 * does without JavaScript: it opens /search/. Also marks search hits on a page
 * opened from a result (?highlight=…).
 */
import { loadModule, SEARCH_DIALOG_PATH } from '../search/start-search.ts';

export function enhanceSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const button = form?.querySelector('button');
  if (!form || !button) return;
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  const base = form.dataset['base'] ?? '/';
  let loading: Promise<void> | undefined;
  const load = () => (loading ??= loadModule(`${base}${SEARCH_DIALOG_PATH}`));
  // Keys typed between asking for search and the dialog opening (its code loads on first use): kept for the field.
  let typed: string | undefined;
  const open = (returnFocus: HTMLElement | null) => {
    const asked = document.activeElement;
    typed = '';
    return load()
      .then(() => window.siteSearch!.openDialog!({ bundle, base, searchPage: form.action.replace(/\?.*$/, ''), returnFocus, focusedWhenAsked: asked, typedSoFar: () => typed ?? '' }))
      .catch(() => form.submit())
      .finally(() => (typed = undefined));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void open(button);
  });
  button.addEventListener('pointerenter', load, { once: true });
  button.addEventListener('focus', load, { once: true });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typed !== undefined && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && !typing && !document.querySelector('dialog[open]')) {
      e.preventDefault();
      typed += e.key;
      return;
    }
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing && !document.querySelector('dialog[open]')) {
      e.preventDefault();
      void open(document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button);
    }
  });
  if (new URLSearchParams(location.search).has('highlight')) {
    loadModule(`${bundle}pagefind-highlight.js`)
      .then(() => new (window as unknown as { PagefindHighlight: new (o: object) => unknown }).PagefindHighlight({ highlightParam: 'highlight' }))
      .catch(() => undefined);
  }
}
