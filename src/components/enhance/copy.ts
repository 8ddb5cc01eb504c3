/** Copy buttons: shown only when JavaScript runs; copy their data-copy text and say so. */
export function enhanceCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset['copy'] ?? '');
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select the text to copy';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
  }
}
