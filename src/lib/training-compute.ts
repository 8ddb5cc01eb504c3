/**
 * Training-compute estimates for the threshold explorer in the export-controls
 * explainer. Uses the common approximation C ≈ 6·N·D operations for a dense
 * transformer with N parameters trained on D tokens (Kaplan et al. 2020,
 * arXiv:2001.08361, section 2.1): an estimate, not a measurement.
 */

/** ECCN 4E091 in the January 2025 AI diffusion rule: weights of models trained with more than 10^26 operations. */
export const US_DIFFUSION_THRESHOLD = 1e26;
/** EU AI Act, Article 51(2): a general-purpose model is presumed to have high-impact capabilities above 10^25 FLOPs. */
export const EU_SYSTEMIC_RISK_THRESHOLD = 1e25;

const SUFFIXES: Record<string, number> = {
  k: 1e3, thousand: 1e3,
  m: 1e6, million: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9,
  t: 1e12, trillion: 1e12,
};

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads a count as people write it: 70B, 1.5T, 2e12, 7 billion, 3×10^11,
 * 1,000,000. Refuses anything else with a message that says what to type.
 */
export function parseCount(input: string, what: string, limits: { min: number; max: number }): Parsed {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: `Enter the number of ${what}, for example 70B or 1.5T.` };
  const text = raw.toLowerCase().replace(/,(?=\d{3}\b)/g, '').replace(/\s+/g, ' ');
  let value = Number.NaN;
  const power = /^(\d+(?:\.\d+)?) ?(?:x|×|\*) ?10 ?\^ ?(\d{1,2})$/.exec(text);
  const suffixed = /^(\d+(?:\.\d+)?) ?([a-z]+)$/.exec(text);
  if (power) value = Number(power[1]) * 10 ** Number(power[2]);
  else if (suffixed && suffixed[2]! in SUFFIXES) value = Number(suffixed[1]) * SUFFIXES[suffixed[2]!]!;
  else if (/^\d+(?:\.\d+)?(?:e\+?\d{1,2})?$/.test(text)) value = Number(text);
  if (!Number.isFinite(value)) {
    return { ok: false, message: `“${raw}” is not a number we can read. Write it like 70B, 1.5T, 2e12 or 7 billion.` };
  }
  if (value < limits.min) return { ok: false, message: `${formatCount(value)} ${what} is too small for this estimate; enter at least ${formatCount(limits.min)}.` };
  if (value > limits.max) return { ok: false, message: `${formatCount(value)} ${what} is far beyond any model trained so far; enter at most ${formatCount(limits.max)}.` };
  return { ok: true, value };
}

export const PARAMETER_LIMITS = { min: 1e6, max: 1e15 };
export const TOKEN_LIMITS = { min: 1e6, max: 1e17 };

export function trainingCompute(parameters: number, tokens: number): number {
  return 6 * parameters * tokens;
}

/** How many orders of magnitude `value` sits above (positive) or below (negative) `threshold`. */
export function ordersOfMagnitude(value: number, threshold: number): number {
  return Math.log10(value / threshold);
}

/** 6.3e24 → { mantissa: "6.3", exponent: 24 }, for display as 6.3 × 10²⁴. */
export function scientific(value: number, digits = 2): { mantissa: string; exponent: number } {
  const exponent = Math.floor(Math.log10(value));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  let exp = exponent;
  if (mantissa >= 10) {
    mantissa /= 10;
    exp += 1;
  }
  return { mantissa: String(mantissa), exponent: exp };
}

export function formatScientific(value: number): string {
  const { mantissa, exponent } = scientific(value);
  return mantissa === '1' ? `10^${exponent}` : `${mantissa} × 10^${exponent}`;
}

/** 7e10 → "70 billion"; 1.5e12 → "1.5 trillion"; small numbers in full. */
export function formatCount(value: number): string {
  const units: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [size, name] of units) {
    if (value >= size && value < size * 1e6) return `${Number((value / size).toPrecision(3))} ${name}`;
  }
  return value >= 1e18 ? formatScientific(value) : value.toLocaleString('en-US');
}

export interface ComputeEstimate {
  compute: number;
  /** Orders of magnitude from each threshold; negative means below it. */
  marginUs: number;
  marginEu: number;
  aboveUs: boolean;
  aboveEu: boolean;
}

export function estimate(parameters: number, tokens: number): ComputeEstimate {
  const compute = trainingCompute(parameters, tokens);
  return {
    compute,
    marginUs: ordersOfMagnitude(compute, US_DIFFUSION_THRESHOLD),
    marginEu: ordersOfMagnitude(compute, EU_SYSTEMIC_RISK_THRESHOLD),
    aboveUs: compute > US_DIFFUSION_THRESHOLD,
    aboveEu: compute > EU_SYSTEMIC_RISK_THRESHOLD,
  };
}

/**
 * Where an estimate falls, as words to put before "the threshold", e.g.
 * "1.2 orders of magnitude (about 16 times) below". Both rules cover training
 * runs of *more than* their threshold, so a value exactly at it is "not above",
 * and a value a hair over it is "above", never "right at": a reader deciding
 * whether a model is covered needs the side of the line, however close.
 */
export function describeMargin(margin: number): string {
  if (margin === 0) return 'exactly at, and so not above,';
  const side = margin < 0 ? 'below' : 'above';
  const size = Math.abs(margin);
  const factor = 10 ** size;
  if (size < 0.05) {
    // Within about 12%: a percentage reads better than a fraction of an order of magnitude.
    const percent = (margin > 0 ? factor - 1 : 1 - 1 / factor) * 100;
    return percent < 0.1 ? `less than 0.1% ${side}` : `about ${Number(percent.toFixed(1))}% ${side}`;
  }
  const times = factor < 10 ? factor.toFixed(1) : formatCount(Math.round(factor));
  return `${size.toFixed(1)} orders of magnitude (about ${times} times) ${side}`;
}
