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

// The chart is drawn in two layers: an SVG that stretches to the figure's width (lines only, so nothing in it
// can grow or shrink text), and HTML labels placed over it at percentages of that width, set in the figure's
// own type sizes. Text stays the same size at 320 px and at 1280 px; only the spacing changes.
const HEIGHT = 112; // px, the same in the SVG's user space and on screen
const AXIS_Y = 74;
const ROW = 22; // one label row
const EDGE = 4; // % of the width left empty at each end, so end labels fit

/** Where a label sits against its x position: centred, or flush to the edge near either end. */
function anchor(percent: number): string {
  return percent < 12 ? 'start' : percent > 88 ? 'end' : 'middle';
}

function label(x: number, y: number, html: string, kind: string): string {
  return `<span class="chart__label chart__label--${kind}" data-anchor="${anchor(x)}" style="--x:${x.toFixed(2)}%;--y:${y}px">${html}</span>`;
}

export function computeChartSvg(e: ComputeEstimate, id: string): string {
  const exponent = Math.log10(e.compute);
  const low = Math.min(20, Math.floor(exponent) - 1);
  const high = Math.max(28, Math.ceil(exponent) + 1);
  const step = high - low > 12 ? 4 : 2;
  const x = (exp: number) => EDGE + ((exp - low) / (high - low)) * (100 - 2 * EDGE); // % of the width
  const sx = (exp: number) => (x(exp) * 10).toFixed(1); // the SVG's user space is 1000 wide
  const lines: string[] = [`<line x1="${sx(low)}" y1="${AXIS_Y}" x2="${sx(high)}" y2="${AXIS_Y}" class="chart__axis"/>`];
  const labels: string[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high; t += step) {
    lines.push(`<line x1="${sx(t)}" y1="${AXIS_Y}" x2="${sx(t)}" y2="${AXIS_Y + 6}" class="chart__axis"/>`);
    labels.push(label(x(t), AXIS_Y + 10, `10<sup>${t}</sup>`, 'tick'));
  }
  const threshold = (exp: number, text: string, row: number) => {
    lines.push(`<line x1="${sx(exp)}" y1="${row * ROW + 18}" x2="${sx(exp)}" y2="${AXIS_Y}" class="chart__rule"/>`);
    labels.push(label(x(exp), row * ROW, text, 'rule'));
  };
  threshold(Math.log10(US_DIFFUSION_THRESHOLD), 'US rule', 0);
  threshold(Math.log10(EU_SYSTEMIC_RISK_THRESHOLD), 'EU AI Act', 1);
  labels.push(label(x(exponent), 2 * ROW, 'This model', 'key'));
  labels.push(`<span class="chart__dot chart__dot--key" style="--x:${x(exponent).toFixed(2)}%;--y:${AXIS_Y}px"></span>`);
  const desc =
    `A logarithmic scale of training compute from 10 to the power ${low} to 10 to the power ${high} operations. ` +
    `The estimate, ${powerText(e.compute)}, is ${describeMargin(e.marginUs)} the US threshold of 10 to the power 26 ` +
    `and ${describeMargin(e.marginEu)} the EU threshold of 10 to the power 25.`;
  return (
    `<div class="chart" style="--h:${HEIGHT}px">` +
    `<svg class="chart__lines" viewBox="0 0 1000 ${HEIGHT}" preserveAspectRatio="none" role="img" aria-labelledby="${id}-chart-title ${id}-chart-desc">` +
    `<title id="${id}-chart-title">Estimated training compute against the US and EU thresholds</title>` +
    `<desc id="${id}-chart-desc">${desc}</desc>` +
    lines.join('') +
    `</svg><div class="chart__labels" aria-hidden="true">${labels.join('')}</div></div>`
  );
}
