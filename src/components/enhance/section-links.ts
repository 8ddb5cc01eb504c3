/**
 * "Copy link to this section": each heading's link button copies the section's full address and says so, on
 * screen and to screen readers (a status message, WCAG 4.1.3). The address bar shows the section too, so the
 * link can still be copied by hand where the clipboard is refused. Without JavaScript the button is a plain
 * link to the section.
 */
export function enhanceSectionLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.heading-link');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    history.replaceState(history.state, '', link.hash);
    const title = link.previousElementSibling?.textContent?.trim() ?? 'this section';
    navigator.clipboard.writeText(link.href).then(
      () => announce(`Link to “${title}” copied`),
      () => announce('Could not copy: the link is in the address bar'),
    );
    link.classList.add('is-copied');
    setTimeout(() => link.classList.remove('is-copied'), 2000);
  });
}

let toast: HTMLElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** A visible toast that is also a polite status region. */
export function announce(message: string): void {
  if (!toast) {
    toast = document.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    document.body.append(toast);
  }
  const region = toast;
  // A fresh region may miss its first message in some screen readers: set the text on the next frame.
  requestAnimationFrame(() => {
    region.textContent = message;
    region.classList.add('is-shown');
  });
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => region.classList.remove('is-shown'), 2600);
}
