/**
 * The distillation simulator's chart: agreement with the teacher against the
 * query budget, for hard labels and for the chosen temperature. Rendered at
 * build time for the static example and in the browser after each change.
 */
import { BUDGETS, percent, temperatureLabel, type SimulationPoint } from '../../lib/distillation-sim.ts';

// As in compute-view.ts: an SVG with no viewBox (its unit is the CSS pixel, so text never scales), x as a
// percentage of the width, y in pixels, sizes and colours from figures.css, no style attributes. The lines go
// in a nested SVG that stretches to the plot (preserveAspectRatio="none"); their strokes do not scale.
const HEIGHT = 200; // px of the plot; the SVG is 232 px tall, the rest holds the x labels (figures.css)
const EDGE = 4; // % of the width left empty at each end, so the end labels fit
const FLOOR = 0.4; // the y-axis starts at 40%: no student here does worse

const x = (i: number) => EDGE + (i / (BUDGETS.length - 1)) * (100 - 2 * EDGE); // % of the width
const at = (i: number) => `${x(i).toFixed(2)}%`;
const y = (share: number) => Number((8 + (1 - (Math.max(share, FLOOR) - FLOOR) / (1 - FLOOR)) * (HEIGHT - 16)).toFixed(1));

function line(curve: SimulationPoint[], kind: string): { path: string; dots: string } {
  const points = curve.map((p, i) => `${(x(i) * 10).toFixed(1)},${y(p.agreement)}`).join(' ');
  return {
    path: `<polyline points="${points}" class="chart__series chart__series--${kind}"/>`,
    dots: curve.map((p, i) => `<circle cx="${at(i)}" cy="${y(p.agreement)}" r="5" class="chart__dot chart__dot--${kind}"/>`).join(''),
  };
}

function describe(curve: SimulationPoint[], label: string): string {
  return `${label}: ${curve.map((p) => `${p.budget} queries ${percent(p.agreement)}`).join(', ')}.`;
}

export function distillationChartSvg(temperature: number, budget: number, curve: SimulationPoint[], hard: SimulationPoint[], id: string): string {
  const soft = temperature !== 0;
  const shares = [0.4, 0.6, 0.8, 1];
  const grid = shares
    .map((share) => `<line x1="0" y1="${y(share)}" x2="100%" y2="${y(share)}" class="chart__grid"/><text x="-8" y="${y(share) + 4}" text-anchor="end" class="chart__text">${percent(share)}</text>`)
    .join('');
  const ticks = BUDGETS.map((b, i) => `<text x="${at(i)}" y="${HEIGHT + 22}" text-anchor="middle" class="chart__text">${b}</text>`).join('');
  const chosen = BUDGETS.indexOf(budget as (typeof BUDGETS)[number]);
  const marker = chosen >= 0 ? `<line x1="${at(chosen)}" y1="0" x2="${at(chosen)}" y2="${HEIGHT}" class="chart__rule"/>` : '';
  const hardLine = line(hard, 'hard');
  const softLine = soft ? line(curve, 'soft') : { path: '', dots: '' };
  const legend =
    `<li class="chart__key chart__key--hard">Hard labels</li>` + (soft ? `<li class="chart__key chart__key--soft">Soft, T = ${temperature}</li>` : '');
  const desc = [describe(hard, 'Hard labels'), soft ? describe(curve, temperatureLabel(temperature)) : ''].join(' ').trim();
  return (
    `<div class="chart-frame">` +
    `<ul class="chart__legend" aria-hidden="true">${legend}</ul>` +
    `<svg class="chart chart--xy" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">` +
    `<title id="${id}-chart-title">Student's agreement with the teacher as the number of queries grows</title>` +
    `<desc id="${id}-chart-desc">${desc}</desc>` +
    grid + ticks + marker +
    `<svg width="100%" height="${HEIGHT}" viewBox="0 0 1000 ${HEIGHT}" preserveAspectRatio="none" overflow="visible">${hardLine.path}${softLine.path}</svg>` +
    hardLine.dots + softLine.dots +
    `</svg>` +
    `<p class="chart__axis-title" aria-hidden="true">Queries (doubling each step)</p>` +
    `</div>`
  );
}
