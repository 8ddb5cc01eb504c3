/** Browser side of DeadlineCalculator.astro: reveals the form and recounts on each submission. */
import { filingDeadline } from '../../lib/filing-deadline.ts';
import { deadlineResultHtml } from './deadline-view.ts';

for (const island of document.querySelectorAll<HTMLElement>('[data-island="deadline-calculator"]')) {
  const form = island.querySelector('form')!;
  const input = form.querySelector('input')!;
  const error = form.querySelector<HTMLElement>('.island__error')!;
  const output = island.querySelector<HTMLElement>('.island__output')!;
  const update = () => {
    const result = filingDeadline(input.value);
    if (result.ok) {
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      output.innerHTML = deadlineResultHtml(result);
    } else {
      // Never leave an earlier answer on screen beside a bad input.
      error.textContent = result.message;
      input.setAttribute('aria-invalid', 'true');
      output.textContent = '';
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener('change', update);
  form.hidden = false;
}
