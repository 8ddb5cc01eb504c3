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

// The chart is an SVG with no viewBox: its user unit is the CSS pixel, so nothing in it scales. It stretches to
// the figure's width because every x is a percentage of that width; y is in pixels; text takes its size from
// figures.css. Labels stay the same size at 320 px and at 1280 px; only the spacing changes. Everything is an
// attribute (no style attributes), so the chart needs no inline-style allowance in the content-security policy.
const AXIS_Y = 74; // px; the chart is 112 px tall (figures.css)
const ROW = 22; // one label row
const EDGE = 4; // % of the width left empty at each end, so end labels fit

/** Where a label sits against its x position: centred, or flush to the edge near either end. */
function anchor(percent: number): string {
  return percent < 12 ? 'start' : percent > 88 ? 'end' : 'middle';
}

function label(x: number, y: number, content: string, kind: string): string {
  return `<text x="${x.toFixed(2)}%" y="${y}" text-anchor="${anchor(x)}" class="chart__text chart__text--${kind}">${content}</text>`;
}

export function computeChartSvg(e: ComputeEstimate, id: string): string {
  const exponent = Math.log10(e.compute);
  const low = Math.min(20, Math.floor(exponent) - 1);
  const high = Math.max(28, Math.ceil(exponent) + 1);
  const step = high - low > 12 ? 4 : 2;
  const x = (exp: number) => EDGE + ((exp - low) / (high - low)) * (100 - 2 * EDGE); // % of the width
  const at = (exp: number) => `${x(exp).toFixed(2)}%`;
  const parts: string[] = [`<line x1="${at(low)}" y1="${AXIS_Y}" x2="${at(high)}" y2="${AXIS_Y}" class="chart__axis"/>`];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) {
    parts.push(`<line x1="${at(t)}" y1="${AXIS_Y}" x2="${at(t)}" y2="${AXIS_Y + 6}" class="chart__axis"/>`);
    parts.push(label(x(t), AXIS_Y + 24, `10<tspan dy="-0.5em" class="chart__sup">${t}</tspan>`, 'tick'));
  }
  const threshold = (exp: number, text: string, row: number) => {
    parts.push(`<line x1="${at(exp)}" y1="${row * ROW + 20}" x2="${at(exp)}" y2="${AXIS_Y}" class="chart__rule"/>`);
    parts.push(label(x(exp), row * ROW + 14, text, 'rule'));
  };
  threshold(Math.log10(US_DIFFUSION_THRESHOLD), 'US rule', 0);
  threshold(Math.log10(EU_SYSTEMIC_RISK_THRESHOLD), 'EU AI Act', 1);
  parts.push(label(x(exponent), 2 * ROW + 14, 'This model', 'key'));
  parts.push(`<circle cx="${at(exponent)}" cy="${AXIS_Y}" r="8" class="chart__dot chart__dot--key"/>`);
  const desc =
    `A logarithmic scale of training compute from 10 to the power ${low} to 10 to the power ${high} operations. ` +
    `The estimate, ${powerText(e.compute)}, is ${describeMargin(e.marginUs)} the US threshold of 10 to the power 26 ` +
    `and ${describeMargin(e.marginEu)} the EU threshold of 10 to the power 25.`;
  return (
    `<svg class="chart chart--scale" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">` +
    `<title id="${id}-chart-title">Estimated training compute against the US and EU thresholds</title>` +
    `<desc id="${id}-chart-desc">${desc}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
