/**
 * The header search dialog: Pagefind's <pagefind-modal> (a native <dialog>:
 * focus stays inside, Escape closes; full screen on phones) holding the input,
 * the result count, the results (arrow keys move through them) and a
 * "See all results for …" link to /search/?q=…, which Enter also follows.
 * Focus returns to the control that opened it.
 */
import { loadSearch, type PagefindInstance } from './load-search.ts';
import { renderResult, type PagefindResultData } from './render-result.ts';
import { writeSearchUrl } from '../../lib/search-url.ts';
import type { DialogOptions } from './site-search-api.ts';

interface Modal extends HTMLElement { open(): void; close(): void; isOpen: boolean; dialogEl: HTMLDialogElement | null }
interface ResultsElement extends HTMLElement { resultTemplate: ((result: PagefindResultData) => Element) | null }

let modal: Modal | undefined;

function element(name: string, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

export async function openSearchDialog(options: DialogOptions): Promise<void> {
  const instance = await loadSearch(options.bundle, options.base);
  // On a slow connection the reader may have moved on while the code loaded: then the dialog does not take focus.
  if (options.focusedWhenAsked !== undefined && document.activeElement !== options.focusedWhenAsked) return;
  modal ??= createModal(instance, options.searchPage);
  const back = options.returnFocus;
  modal.dialogEl?.addEventListener('close', () => back?.focus(), { once: true });
  modal.open();
}

function createModal(instance: PagefindInstance, searchPage: string): Modal {
  // An empty <pagefind-modal> builds its own header (input, close button), body (count, results) and footer
  // (keyboard hints), each initialised once; the site then adds its result drawing and the "See all" link.
  const created = element('pagefind-modal', { class: 'search-dialog' }) as Modal;
  document.body.append(created);
  const results = created.querySelector('pagefind-results') as ResultsElement | null;
  if (results) results.resultTemplate = (data) => renderResult(data, instance.searchTerm);
  const seeAll = element('a', { class: 'search-see-all', href: searchPage }) as HTMLAnchorElement;
  created.querySelector('pagefind-modal-footer')?.prepend(seeAll);
  instance.on('search', (term) => {
    const q = term.trim();
    seeAll.href = `${searchPage}${writeSearchUrl(q, {})}`;
    seeAll.textContent = q ? `See all results for “${q}”` : '';
  });
  // Enter in the field (no result picked with the arrow keys) opens the full results page.
  created.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target instanceof HTMLInputElement && target.value.trim()) {
      e.preventDefault();
      location.assign(`${searchPage}${writeSearchUrl(target.value, {})}`);
    }
  });
  return created;
}
