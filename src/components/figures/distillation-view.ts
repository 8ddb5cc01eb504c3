/**
 * The distillation simulator's chart: agreement with the teacher against the
 * query budget, for hard labels and for the chosen temperature. Rendered at
 * build time for the static example and in the browser after each change.
 */
import { BUDGETS, percent, temperatureLabel, type SimulationPoint } from '../../lib/distillation-sim.ts';

// Two layers, as in compute-view.ts: an SVG of lines that stretches to the figure's width (its strokes do not
// scale), and HTML labels and dots placed over it, so text keeps the figure's type size at every width.
const HEIGHT = 200; // px of the plot, the same in the SVG's user space and on screen
const EDGE = 4; // % of the width left empty at each end, so the end labels fit
const FLOOR = 0.4; // the y-axis starts at 40%: no student here does worse

const x = (i: number) => EDGE + (i / (BUDGETS.length - 1)) * (100 - 2 * EDGE); // % of the width
const sx = (i: number) => (x(i) * 10).toFixed(1); // the SVG's user space is 1000 wide
const y = (share: number) => 8 + (1 - (Math.max(share, FLOOR) - FLOOR) / (1 - FLOOR)) * (HEIGHT - 16);

function place(i: number, share: number): string {
  return `--x:${x(i).toFixed(2)}%;--y:${y(share).toFixed(1)}px`;
}

function line(curve: SimulationPoint[], kind: string): { svg: string; dots: string } {
  const points = curve.map((p, i) => `${sx(i)},${y(p.agreement).toFixed(1)}`).join(' ');
  return {
    svg: `<polyline points="${points}" class="chart__series chart__series--${kind}"/>`,
    dots: curve.map((p, i) => `<span class="chart__dot chart__dot--${kind}" style="${place(i, p.agreement)}"></span>`).join(''),
  };
}

function describe(curve: SimulationPoint[], label: string): string {
  return `${label}: ${curve.map((p) => `${p.budget} queries ${percent(p.agreement)}`).join(', ')}.`;
}

export function distillationChartSvg(temperature: number, budget: number, curve: SimulationPoint[], hard: SimulationPoint[], id: string): string {
  const soft = temperature !== 0;
  const shares = [0.4, 0.6, 0.8, 1];
  const grid = shares.map((share) => `<line x1="0" y1="${y(share)}" x2="1000" y2="${y(share)}" class="chart__grid"/>`).join('');
  const yLabels = shares.map((share) => `<span class="chart__label chart__label--y" style="--y:${y(share)}px">${percent(share)}</span>`).join('');
  const xLabels = BUDGETS.map((b, i) => `<span class="chart__label chart__label--x" data-anchor="middle" style="--x:${x(i).toFixed(2)}%">${b}</span>`).join('');
  const at = BUDGETS.indexOf(budget as (typeof BUDGETS)[number]);
  const marker = at >= 0 ? `<line x1="${sx(at)}" y1="0" x2="${sx(at)}" y2="${HEIGHT}" class="chart__rule"/>` : '';
  const hardLine = line(hard, 'hard');
  const softLine = soft ? line(curve, 'soft') : { svg: '', dots: '' };
  const legend =
    `<li class="chart__key chart__key--hard">Hard labels</li>` + (soft ? `<li class="chart__key chart__key--soft">Soft, T = ${temperature}</li>` : '');
  const desc = [describe(hard, 'Hard labels'), soft ? describe(curve, temperatureLabel(temperature)) : ''].join(' ').trim();
  return (
    `<div class="chart chart--xy">` +
    `<ul class="chart__legend" aria-hidden="true">${legend}</ul>` +
    `<div class="chart__plot" style="--h:${HEIGHT}px">` +
    `<svg class="chart__lines" viewBox="0 0 1000 ${HEIGHT}" preserveAspectRatio="none" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">` +
    `<title id="${id}-chart-title">Student's agreement with the teacher as the number of queries grows</title>` +
    `<desc id="${id}-chart-desc">${desc}</desc>` +
    grid + marker + hardLine.svg + softLine.svg +
    `</svg><div class="chart__labels" aria-hidden="true">${yLabels}${xLabels}${hardLine.dots}${softLine.dots}</div></div>` +
    `<p class="chart__axis-title" aria-hidden="true">Queries (doubling each step)</p>` +
    `</div>`
  );
}
