import { describe, expect, it } from 'vitest';
import {
  EU_SYSTEMIC_RISK_THRESHOLD, PARAMETER_LIMITS, TOKEN_LIMITS, US_DIFFUSION_THRESHOLD, describeMargin, estimate, formatCount, formatScientific, parseCount, trainingCompute,
} from '../../src/lib/training-compute.ts';

const params = (s: string) => parseCount(s, 'parameters', PARAMETER_LIMITS);

describe('reading counts', () => {
  it('accepts the notations people use', () => {
    const cases: Array<[string, number]> = [
      ['70B', 7e10], ['70b', 7e10], ['1.5T', 1.5e12], ['2e12', 2e12], ['2E+12', 2e12], ['7 billion', 7e9],
      ['405 bn', 4.05e11], ['3×10^11', 3e11], ['3 x 10^11', 3e11], ['1,000,000,000', 1e9], ['175000000000', 1.75e11], ['8M', 8e6],
    ];
    for (const [input, value] of cases) expect(params(input), input).toEqual({ ok: true, value });
  });

  it('rejects nonsense with a message that shows the accepted forms', () => {
    for (const bad of ['', 'lots', '70X', '-5B', '1.2.3', 'NaN', 'Infinity', '1e400', '0x10', '5 B B']) {
      const r = params(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message, bad).toMatch(/\S{3,}/);
    }
    expect(params('lots')).toMatchObject({ message: expect.stringContaining('70B') });
  });

  it('rejects values outside a plausible range, saying which way', () => {
    expect(params('10')).toMatchObject({ ok: false, message: expect.stringMatching(/too small/) });
    expect(params('1e16')).toMatchObject({ ok: false, message: expect.stringMatching(/at most/) });
    expect(parseCount('2e17', 'tokens', TOKEN_LIMITS)).toMatchObject({ ok: false });
  });
});

describe('estimating training compute', () => {
  it('uses 6 × parameters × tokens', () => {
    expect(trainingCompute(7e10, 1.5e13)).toBeCloseTo(6.3e24, -20);
  });

  it('places an estimate against both thresholds in orders of magnitude', () => {
    const e = estimate(7e10, 1.5e13); // 6.3 × 10^24
    expect(e.aboveUs).toBe(false);
    expect(e.aboveEu).toBe(false);
    expect(e.marginUs).toBeCloseTo(-1.2, 1);
    expect(e.marginEu).toBeCloseTo(-0.2, 1);
    const big = estimate(2e12, 2e13); // 2.4 × 10^26
    expect(big.aboveUs && big.aboveEu).toBe(true);
    expect(big.marginUs).toBeCloseTo(0.38, 2);
  });

  it('describes margins in words', () => {
    expect(describeMargin(-1.2)).toBe('1.2 orders of magnitude (about 16 times) below');
    expect(describeMargin(0.38)).toBe('0.4 orders of magnitude (about 2.4 times) above');
    expect(describeMargin(-3)).toBe('3.0 orders of magnitude (about 1,000 times) below');
    expect(describeMargin(0)).toBe('exactly at, and so not above,');
  });

  // Both rules say "more than" the threshold: every result names its side of the line.
  describe.each([
    ['US rule, 10^26', US_DIFFUSION_THRESHOLD, 'marginUs', 'aboveUs'],
    ['EU AI Act, 10^25', EU_SYSTEMIC_RISK_THRESHOLD, 'marginEu', 'aboveEu'],
  ] as const)('around the %s threshold', (_name, threshold, marginKey, aboveKey) => {
    // parameters × tokens chosen so that 6 × N × D lands where wanted: N fixed, D = target / (6 N).
    const at = (target: number) => estimate(1e12, target / 6e12);
    const words = (target: number) => describeMargin(at(target)[marginKey]);

    it('says "above" for a result a hair, 1% or 10% over the line, never "right at"', () => {
      for (const [target, expected] of [
        [threshold * 1.0001, 'less than 0.1% above'],
        [threshold * 1.01, 'about 1% above'],
        [threshold * 1.1, 'about 10% above'],
        [threshold * 2, '0.3 orders of magnitude (about 2.0 times) above'],
      ] as const) {
        expect(at(target)[aboveKey], String(target)).toBe(true);
        expect(words(target)).toBe(expected);
      }
    });

    it('says "below" for a result just or well under the line', () => {
      for (const [target, expected] of [
        [threshold * 0.9999, 'less than 0.1% below'],
        [threshold * 0.99, 'about 1% below'],
        [threshold / 16, '1.2 orders of magnitude (about 16 times) below'],
      ] as const) {
        expect(at(target)[aboveKey], String(target)).toBe(false);
        expect(words(target)).toBe(expected);
      }
    });

    it('says a result exactly at the line is not above it (the rule covers only more than it)', () => {
      const e = { compute: threshold, margin: Math.log10(threshold / threshold) };
      expect(e.margin).toBe(0);
      expect(describeMargin(e.margin)).toBe('exactly at, and so not above,');
      expect(estimate(1, threshold / 6)[aboveKey]).toBe(false);
    });

    it('never says "right at"', () => {
      for (const f of [0.95, 0.999, 0.99999, 1, 1.00001, 1.001, 1.05]) expect(words(threshold * f)).not.toMatch(/right at/);
    });
  });

  it('formats large numbers readably', () => {
    expect(formatScientific(6.3e24)).toBe('6.3 × 10^24');
    expect(formatScientific(1e26)).toBe('10^26');
    expect(formatScientific(9.96e25)).toBe('10^26');
    expect(formatCount(7e10)).toBe('70 billion');
    expect(formatCount(1.5e13)).toBe('15 trillion');
    expect(formatCount(4.05e11)).toBe('405 billion');
  });
});
