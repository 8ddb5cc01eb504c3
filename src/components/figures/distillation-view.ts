/**
 * The distillation simulator's chart: agreement with the teacher against the
 * query budget, for hard labels and for the chosen temperature. Rendered at
 * build time for the static example and in the browser after each change.
 */
import { BUDGETS, percent, temperatureLabel, type SimulationPoint } from '../../lib/distillation-sim.ts';

// A narrow viewBox with large type, so the chart stays legible at phone width.
const LEFT = 74;
const RIGHT = 450;
const TOP = 60;
const BOTTOM = 270;
const FLOOR = 0.4; // the y-axis starts at 40%: no student here does worse

const x = (i: number) => LEFT + (i / (BUDGETS.length - 1)) * (RIGHT - LEFT);
const y = (share: number) => BOTTOM - ((Math.max(share, FLOOR) - FLOOR) / (1 - FLOOR)) * (BOTTOM - TOP);

function line(curve: SimulationPoint[], style: string): string {
  const points = curve.map((p, i) => `${x(i).toFixed(1)},${y(p.agreement).toFixed(1)}`);
  const dots = curve.map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p.agreement).toFixed(1)}" r="5" ${style}/>`).join('');
  return `<polyline points="${points.join(' ')}" fill="none" stroke-width="3" ${style}/>${dots}`;
}

function describe(curve: SimulationPoint[], label: string): string {
  return `${label}: ${curve.map((p) => `${p.budget} queries ${percent(p.agreement)}`).join(', ')}.`;
}

export function distillationChartSvg(temperature: number, budget: number, curve: SimulationPoint[], hard: SimulationPoint[], id: string): string {
  const soft = temperature !== 0;
  const gridlines = [0.4, 0.6, 0.8, 1]
    .map((share) => `<line x1="${LEFT}" y1="${y(share)}" x2="${RIGHT}" y2="${y(share)}" stroke="var(--border)" stroke-width="1"/><text x="${LEFT - 10}" y="${y(share) + 6}" font-size="19" text-anchor="end" fill="var(--fg-soft)">${percent(share)}</text>`)
    .join('');
  const ticks = BUDGETS.map((b, i) => `<text x="${x(i)}" y="${BOTTOM + 28}" font-size="19" text-anchor="middle" fill="var(--fg-soft)">${b}</text>`).join('');
  const at = BUDGETS.indexOf(budget as (typeof BUDGETS)[number]);
  const marker = at >= 0 ? `<line x1="${x(at)}" y1="${TOP - 6}" x2="${x(at)}" y2="${BOTTOM}" stroke="var(--fg)" stroke-width="2" stroke-dasharray="3 4"/>` : '';
  const hardStyle = 'stroke="var(--fg-soft)" fill="var(--bg)" stroke-dasharray="8 5"';
  const softStyle = 'stroke="var(--accent)" fill="var(--accent)"';
  const legend =
    `<line x1="${LEFT - 50}" y1="20" x2="${LEFT - 14}" y2="20" stroke="var(--fg-soft)" stroke-width="3" stroke-dasharray="8 5"/><text x="${LEFT - 6}" y="27" font-size="19" fill="var(--fg)">Hard labels</text>` +
    (soft ? `<line x1="${LEFT + 160}" y1="20" x2="${LEFT + 196}" y2="20" stroke="var(--accent)" stroke-width="3"/><text x="${LEFT + 204}" y="27" font-size="19" fill="var(--fg)">Soft, T = ${temperature}</text>` : '');
  const desc = [describe(hard, 'Hard labels'), soft ? describe(curve, temperatureLabel(temperature)) : ''].join(' ').trim();
  return (
    `<svg viewBox="0 0 480 336" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">` +
    `<title id="${id}-chart-title">Student's agreement with the teacher as the number of queries grows</title>` +
    `<desc id="${id}-chart-desc">${desc}</desc>` +
    gridlines + ticks + marker + line(hard, hardStyle) + (soft ? line(curve, softStyle) : '') + legend +
    `<text x="${(LEFT + RIGHT) / 2}" y="${BOTTOM + 60}" font-size="19" text-anchor="middle" fill="var(--fg-soft)">Queries (doubling each step)</text>` +
    `</svg>`
  );
}
