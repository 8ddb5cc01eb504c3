/**
 * Copy buttons: shown only when JavaScript runs; copy the text of the element their data-copy names and
 * say so, on the button and in the block's status region, which screen readers
 * announce without moving focus (WCAG 4.1.3).
 */
export function enhanceCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    const status = button.closest('section')?.querySelector<HTMLElement>('[data-copy-status]');
    // The style's name, from the element the button is described by ("APA 7", "BibTeX"…).
    const what = document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? 'Text';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(document.getElementById(button.dataset['copy'] ?? '')?.textContent ?? '');
        button.textContent = 'Copied';
        if (status) status.textContent = `${what} citation copied to the clipboard.`;
      } catch {
        button.textContent = 'Select the text to copy';
        if (status) status.textContent = `Could not copy. Select the ${what} citation and copy it yourself.`;
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
