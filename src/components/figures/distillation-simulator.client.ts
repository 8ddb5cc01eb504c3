/** Browser side of DistillationSimulator.astro: reruns the experiment for the chosen budget and temperature. */
import { BUDGETS, agreementCurve, summarise, type SimulationPoint } from '../../lib/distillation-sim.ts';
import { distillationChartSvg } from './distillation-view.ts';

const curves = new Map<number, SimulationPoint[]>();
function curveFor(temperature: number): SimulationPoint[] {
  if (!curves.has(temperature)) curves.set(temperature, agreementCurve(temperature));
  return curves.get(temperature)!;
}

for (const island of document.querySelectorAll<HTMLElement>('[data-island="distillation-simulator"]')) {
  const controls = island.querySelector<HTMLElement>('.island__controls')!;
  const range = controls.querySelector<HTMLInputElement>('input[type="range"]')!;
  const shown = controls.querySelector<HTMLOutputElement>('[data-budget]')!;
  const summary = island.querySelector<HTMLElement>('[data-summary]')!;
  const chart = island.querySelector<HTMLElement>('.island__chart')!;
  const id = island.parentElement!.id;
  const update = () => {
    const budget = BUDGETS[Number(range.value)]!;
    const temperature = Number(controls.querySelector<HTMLInputElement>('input[type="radio"]:checked')!.value);
    shown.value = String(budget);
    range.setAttribute('aria-valuetext', `${budget} queries`);
    const curve = curveFor(temperature);
    const hard = curveFor(0);
    summary.textContent = summarise(temperature, budget, curve, hard);
    chart.innerHTML = distillationChartSvg(temperature, budget, curve, hard, id);
  };
  controls.addEventListener('input', update);
  controls.hidden = false;
}
