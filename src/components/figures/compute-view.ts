/**
 * The compute explorer's result: a sentence and a log-scale chart placing the
 * estimate against the US and EU thresholds. Rendered at build time for the
 * static worked example and in the browser after each input.
 */
import {
  EU_SYSTEMIC_RISK_THRESHOLD, US_DIFFUSION_THRESHOLD, describeMargin, formatCount, scientific, type ComputeEstimate,
} from '../../lib/training-compute.ts';

function powerHtml(value: number): string {
  const { mantissa, exponent } = scientific(value);
  return `${mantissa === '1' ? '' : `${mantissa} × `}10<sup>${exponent}</sup>`;
}

function powerSvg(exponent: number): string {
  return `10<tspan dy="-9" font-size="15">${exponent}</tspan>`;
}

function powerText(value: number): string {
  const { mantissa, exponent } = scientific(value);
  return `${mantissa === '1' ? '' : `${mantissa} times `}10 to the power ${exponent}`;
}

export function computeSentenceHtml(parameters: number, tokens: number, e: ComputeEstimate): string {
  return (
    `<p class="island__answer">${formatCount(parameters)} parameters × ${formatCount(tokens)} tokens × 6 ≈ <strong>${powerHtml(e.compute)} operations</strong>.</p>` +
    `<ul class="island__margins">` +
    `<li>US rule of January 2025 (10<sup>26</sup>): ${describeMargin(e.marginUs)} the threshold.</li>` +
    `<li>EU AI Act presumption (10<sup>25</sup>): ${describeMargin(e.marginEu)} the threshold.</li>` +
    `</ul>`
  );
}

// Narrow viewBox and large type: the chart stays legible at phone width.
const WIDTH = 400;
const LEFT = 24;
const RIGHT = 376;
const AXIS_Y = 120;

export function computeChartSvg(e: ComputeEstimate, id: string): string {
  const exponent = Math.log10(e.compute);
  const low = Math.min(20, Math.floor(exponent) - 1);
  const high = Math.max(28, Math.ceil(exponent) + 1);
  const step = high - low > 12 ? 4 : 2;
  const x = (exp: number) => LEFT + ((exp - low) / (high - low)) * (RIGHT - LEFT);
  const anchor = (px: number) => (px < 70 ? 'start' : px > WIDTH - 70 ? 'end' : 'middle');
  const ticks: string[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) {
    ticks.push(`<line x1="${x(t)}" y1="${AXIS_Y}" x2="${x(t)}" y2="${AXIS_Y + 8}" stroke="var(--fg-soft)" stroke-width="2"/>`);
    ticks.push(`<text x="${x(t)}" y="${AXIS_Y + 36}" font-size="19" text-anchor="${anchor(x(t))}" fill="var(--fg-soft)">${powerSvg(t)}</text>`);
  }
  const threshold = (exp: number, label: string, y: number) =>
    `<line x1="${x(exp)}" y1="${y + 6}" x2="${x(exp)}" y2="${AXIS_Y}" stroke="var(--fg)" stroke-width="2" stroke-dasharray="5 4"/>` +
    `<text x="${x(exp)}" y="${y}" font-size="19" text-anchor="${anchor(x(exp))}" fill="var(--fg)">${label}</text>`;
  const cx = x(exponent);
  const desc =
    `A logarithmic scale of training compute from 10 to the power ${low} to 10 to the power ${high} operations. ` +
    `The estimate, ${powerText(e.compute)}, is ${describeMargin(e.marginUs)} the US threshold of 10 to the power 26 ` +
    `and ${describeMargin(e.marginEu)} the EU threshold of 10 to the power 25.`;
  return (
    `<svg viewBox="0 0 ${WIDTH} 205" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">` +
    `<title id="${id}-chart-title">Estimated training compute against the US and EU thresholds</title>` +
    `<desc id="${id}-chart-desc">${desc}</desc>` +
    `<line x1="${LEFT}" y1="${AXIS_Y}" x2="${RIGHT}" y2="${AXIS_Y}" stroke="var(--fg-soft)" stroke-width="2"/>` +
    ticks.join('') +
    threshold(Math.log10(US_DIFFUSION_THRESHOLD), 'US rule', 24) +
    threshold(Math.log10(EU_SYSTEMIC_RISK_THRESHOLD), 'EU AI Act', 56) +
    `<circle cx="${cx}" cy="${AXIS_Y}" r="9" fill="var(--accent)" stroke="var(--bg)" stroke-width="2"/>` +
    `<text x="${cx}" y="${AXIS_Y + 70}" font-size="19" font-weight="700" text-anchor="${anchor(cx)}" fill="var(--accent)">This model</text>` +
    `</svg>`
  );
}
