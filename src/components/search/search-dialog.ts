/**
 * The header search dialog: a native modal <dialog> (the page behind is inert,
 * so focus stays inside; full screen on phones) holding a search form, the
 * results (./search-results.ts; arrow keys move through their links) and a
 * "See all results for …" link to /search/?q=…. Enter in the field submits
 * the form, which opens that same address. Escape closes, and focus returns
 * to the control that opened it.
 */
import { loadSearch, type SearchEngine } from './load-search.ts';
import { createResultList } from './search-results.ts';
import { writeSearchUrl } from '../../lib/search-url.ts';
import type { DialogOptions } from './site-search-api.ts';

/** Results listed in the dialog before "See all results" (each is fetched only when scrolled to). */
const DIALOG_RESULTS = 8;
/** Wait this long after the last key before searching; the index chunks start loading at once. */
const TYPING_PAUSE_MS = 120;

const MARKUP = `
<form class="search-dialog__bar" role="search" method="get">
  <svg class="search-dialog__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" stroke-width="2"/><path d="M13 13l5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
  <input class="search-dialog__input" type="search" name="q" aria-label="Search the site" placeholder="Search explainers, terms and sources" autocomplete="off" spellcheck="false" enterkeyhint="search">
  <button class="search-dialog__close" type="button" aria-label="Close search"><svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></button>
</form>
<div class="search-dialog__body">
  <p class="search-dialog__hint">Type a word or a question: explainers, their sections, glossary terms, teacher notes and the archived news articles.</p>
</div>
<footer class="search-dialog__footer">
  <a class="search-see-all"></a>
  <span class="search-dialog__keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> move <kbd>Enter</kbd> open <kbd>Esc</kbd> close</span>
</footer>`;

let dialog: HTMLDialogElement | undefined;
let styled: Promise<unknown> = Promise.resolve();

/** Links the dialog's stylesheet (./search-dialog.css, kept out of every page's first view); opening waits for it. */
export function loadDialogStyles(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  styled = new Promise((resolve) => (link.onload = link.onerror = resolve));
  document.head.append(link);
}

export async function openSearchDialog(options: DialogOptions): Promise<void> {
  await styled;
  // On a slow connection the reader may have moved on while the code loaded: then the dialog does not take focus.
  if (options.focusedWhenAsked !== undefined && document.activeElement !== options.focusedWhenAsked) return;
  dialog ??= createDialog(() => loadSearch(options.bundle, options.base), options.searchPage);
  const back = options.returnFocus;
  dialog.addEventListener('close', () => back?.focus(), { once: true });
  dialog.showModal();
  const typed = options.typedSoFar?.() ?? '';
  if (typed) {
    const input = dialog.querySelector('input')!;
    input.value = typed;
    input.dispatchEvent(new Event('input'));
  }
}

function createDialog(engine: () => Promise<SearchEngine>, searchPage: string): HTMLDialogElement {
  const created = document.createElement('dialog');
  created.className = 'search-dialog';
  created.setAttribute('aria-label', 'Search the site');
  created.innerHTML = MARKUP;
  const form = created.querySelector('form')!;
  const input = created.querySelector('input')!;
  const body = created.querySelector<HTMLElement>('.search-dialog__body')!;
  const hint = created.querySelector<HTMLElement>('.search-dialog__hint')!;
  const seeAll = created.querySelector<HTMLAnchorElement>('.search-see-all')!;
  form.action = searchPage;
  const results = createResultList(DIALOG_RESULTS, { more: false, scroller: body });
  body.append(...results.parts);
  document.body.append(created);
  // Pagefind and its WebAssembly start loading as the dialog opens, while the reader types.
  void engine().catch(() => undefined);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const q = input.value.trim();
    seeAll.href = `${searchPage}${writeSearchUrl(q, {})}`;
    seeAll.textContent = q ? `See all results for “${q}”` : '';
    hint.hidden = !!q;
    clearTimeout(timer);
    const id = ++latest;
    if (!q) return results.show(null, '');
    void engine().then((e) => e.preload(q), () => undefined);
    timer = setTimeout(async () => {
      const found = await engine().then((e) => e.search(q, {})).catch(() => undefined);
      // A later keystroke has its own search: only the newest one is shown.
      if (id !== latest) return;
      if (!found) return results.fail();
      // A reader who had arrowed into the old results goes back to the field, not to the page behind.
      const wasInList = body.contains(document.activeElement);
      results.show(found, q);
      if (wasInList) input.focus();
    }, TYPING_PAUSE_MS);
  });

  created.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      created.close();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (target === input || target.closest('.search-results'))) {
      e.preventDefault();
      void results.move(target === input ? null : target, e.key === 'ArrowDown' ? 1 : -1).then((moved) => moved || input.focus());
    } else if (target !== input && target.closest('.search-results') && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a result goes on typing in the field (the key lands there once it has focus).
      input.focus();
    }
  });
  // Enter in an empty field stays here; with words, the form opens /search/?q=….
  form.addEventListener('submit', (e) => input.value.trim() || e.preventDefault());
  created.querySelector('.search-dialog__close')!.addEventListener('click', () => created.close());
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  created.addEventListener('click', (e) => e.target === created && created.close());
  return created;
}
