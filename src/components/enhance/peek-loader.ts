/**
 * The part of the notes-and-terms popover that every page carries: one click listener. The popover itself
 * (peek.ts) is fetched from /_enhance/peek.js the first time a reader reaches for a note or term (touch, focus or
 * click), which keeps about 0.7 KB (brotli) of script out of every page's first view. A click that arrives before
 * the code is replayed once it has loaded; if it cannot load, the link is followed as without JavaScript.
 */
import { loadModule } from '../search/start-search.ts';
import { PEEK_LINKS, peekTrigger } from './peek.ts';

export function enhancePeek(): void {
  if (!('showPopover' in HTMLElement.prototype)) return;
  const src = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}_enhance/peek.js`;
  let loading: Promise<void> | undefined;
  let ready = false;
  let pending: HTMLAnchorElement | undefined;
  const load = () =>
    (loading ??= loadModule(src).then(
      () => {
        ready = true; // peek.js now listens for clicks itself
        pending?.click();
        pending = undefined;
      },
      () => {
        loading = undefined; // try again next time
        if (pending) location.href = pending.href;
      },
    ));
  for (const type of ['pointerdown', 'focusin'] as const) {
    document.addEventListener(type, (event) => {
      if ((event.target as Element | null)?.closest?.(PEEK_LINKS)) void load();
    });
  }
  document.addEventListener('click', (event) => {
    if (ready) return;
    const link = peekTrigger(event);
    if (!link) return;
    event.preventDefault();
    pending = link;
    void load();
  });
}
