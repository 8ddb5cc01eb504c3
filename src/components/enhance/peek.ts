/**
 * Notes and glossary terms open in place. Tapping, clicking or pressing Enter on a footnote marker or a term opens
 * one shared popover (the Popover API: Escape and outside taps close it) holding the note or the definition, with a
 * link on to the full note or glossary entry. This code is not in the page: peek-loader.ts fetches it
 * (/_enhance/peek.js, from peek.client.ts) the first time a reader reaches for a note or term, and it builds the
 * popover the first time one opens. Without JavaScript the links go to the note or the glossary as before.
 */
let peek: HTMLElement | undefined;
let invoker: HTMLElement | undefined;

/** The modifier-free primary click that opens a note or term in place (shared with peek-loader.ts). */
export function peekTrigger(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  return (event.target as Element | null)?.closest<HTMLAnchorElement>(PEEK_LINKS) ?? null;
}
export const PEEK_LINKS = 'a[data-footnote-ref], a.term';

export function installPeek(): void {
  document.addEventListener('click', (event) => {
    const link = peekTrigger(event);
    if (!link) return;
    const content = link.matches('[data-footnote-ref]') ? noteContent(link) : termContent(link);
    if (!content) return;
    event.preventDefault();
    open(link, content);
  });
}

interface PeekContent { title: string; body: Node[]; moreHref: string; moreText: string }

function noteContent(ref: HTMLAnchorElement): PeekContent | undefined {
  const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
  if (!note) return undefined;
  const copy = note.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-footnote-backref], .backrefs').forEach((el) => el.remove());
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  const number = ref.textContent?.trim() ?? '';
  return { title: `Note ${number}`, body: [...copy.childNodes], moreHref: ref.hash, moreText: `Go to note ${number} in the list of sources` };
}

function termContent(term: HTMLAnchorElement): PeekContent | undefined {
  const preview = document.getElementById(term.getAttribute('aria-describedby') ?? '');
  const definition = preview?.querySelector('[data-definition]') ?? preview;
  if (!definition) return undefined;
  const name = preview?.querySelector('[data-term-name]')?.textContent ?? term.textContent ?? '';
  const body = document.createElement('p');
  body.textContent = definition.textContent ?? '';
  return { title: name.trim(), body: [body], moreHref: term.href, moreText: 'Open in the glossary' };
}

function ensurePeek(): HTMLElement {
  if (peek) return peek;
  peek = document.createElement('div');
  peek.className = 'peek';
  peek.popover = 'auto';
  peek.setAttribute('role', 'dialog');
  peek.setAttribute('aria-labelledby', 'peek-title');
  peek.tabIndex = -1;
  peek.innerHTML =
    '<p class="peek__title" id="peek-title"></p><div class="peek__body"></div><p class="peek__more"><a></a></p>' +
    '<button type="button" class="peek__close" aria-label="Close">×</button>';
  peek.querySelector('.peek__close')!.addEventListener('click', () => peek?.hidePopover());
  // Following the "more" link closes the popover; the browser then scrolls to the note or opens the glossary.
  peek.querySelector('.peek__more a')!.addEventListener('click', () => peek?.hidePopover());
  peek.addEventListener('toggle', (event) => {
    // Back to the marker or term the reader came from, unless they have already moved on elsewhere.
    const active = document.activeElement;
    const lost = !active || active === document.body || peek?.contains(active);
    if ((event as ToggleEvent).newState === 'closed' && invoker && lost) invoker.focus({ preventScroll: true });
  });
  document.body.append(peek);
  return peek;
}

function open(trigger: HTMLAnchorElement, content: PeekContent): void {
  const box = ensurePeek();
  invoker = trigger;
  box.querySelector('.peek__title')!.textContent = content.title;
  box.querySelector('.peek__body')!.replaceChildren(...content.body);
  const more = box.querySelector<HTMLAnchorElement>('.peek__more a')!;
  more.href = content.moreHref;
  more.textContent = content.moreText;
  if (box.matches(':popover-open')) box.hidePopover();
  box.showPopover();
  place(box, trigger);
  box.focus({ preventScroll: true });
}

/** Below the trigger on wide screens; phones get a bottom sheet from CSS, so inline positions are cleared there. */
function place(box: HTMLElement, trigger: HTMLElement): void {
  if (matchMedia('(max-width: 40rem)').matches) {
    box.style.top = box.style.left = '';
    return;
  }
  const r = trigger.getBoundingClientRect();
  const width = box.offsetWidth;
  const below = r.bottom + 8;
  const top = below + box.offsetHeight > innerHeight && r.top > box.offsetHeight + 8 ? r.top - box.offsetHeight - 8 : below;
  box.style.top = `${top + scrollY}px`;
  box.style.left = `${Math.max(16, Math.min(r.left - 16, innerWidth - width - 16)) + scrollX}px`;
}
