/** Browser side of ComputeExplorer.astro: re-estimates on each submission. */
import { PARAMETER_LIMITS, TOKEN_LIMITS, estimate, parseCount } from '../../lib/training-compute.ts';
import { computeChartSvg, computeSentenceHtml } from './compute-view.ts';

function markInvalid(input: HTMLInputElement, invalid: boolean): void {
  if (invalid) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

for (const island of document.querySelectorAll<HTMLElement>('[data-island="compute-explorer"]')) {
  const form = island.querySelector('form')!;
  const [paramInput, tokenInput] = [...form.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
  const error = form.querySelector<HTMLElement>('.island__error')!;
  const output = island.querySelector<HTMLElement>('.island__output')!;
  const update = () => {
    const n = parseCount(paramInput.value, 'parameters', PARAMETER_LIMITS);
    const d = parseCount(tokenInput.value, 'tokens', TOKEN_LIMITS);
    markInvalid(paramInput, !n.ok);
    markInvalid(tokenInput, !d.ok);
    if (!n.ok || !d.ok) {
      error.textContent = [n, d].map((r) => (r.ok ? '' : r.message)).join(' ').trim();
      output.textContent = '';
      return;
    }
    error.textContent = '';
    const e = estimate(n.value, d.value);
    output.innerHTML = computeSentenceHtml(n.value, d.value, e) + `<div class="island__chart">${computeChartSvg(e, island.parentElement!.id)}</div>`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  for (const input of [paramInput, tokenInput]) input.addEventListener('change', update);
  form.hidden = false;
}
