/** Browser side of the handout page, loaded only there and inlined by Astro (it imports nothing). */

/** "Print" buttons on handouts, hidden until this runs, open the print dialog. */
export function enhancePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.onclick = () => print();
  }
}
