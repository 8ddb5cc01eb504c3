import { describe, expect, it } from 'vitest';
import {
  PARAMETER_LIMITS, TOKEN_LIMITS, describeMargin, estimate, formatCount, formatScientific, parseCount, trainingCompute,
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
    expect(describeMargin(0)).toBe('right at');
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
