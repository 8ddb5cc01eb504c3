import { describe, expect, it } from 'vitest';
import { BUDGETS, agreementCurve, seededRandom, summarise } from '../../src/lib/distillation-sim.ts';

const HARD = 0;

describe('distillation simulator', () => {
  it('is deterministic for a seed', () => {
    expect(agreementCurve(4)).toEqual(agreementCurve(4));
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    expect(agreementCurve(HARD, 1)).not.toEqual(agreementCurve(HARD, 2));
  });

  it('agreement grows with the query budget, for hard labels and for soft targets', () => {
    for (const temperature of [HARD, 1, 4]) {
      const curve = agreementCurve(temperature).map((p) => p.agreement);
      // Never falls by more than a point of noise from one budget to the next…
      curve.slice(1).forEach((value, i) => expect(value, `T=${temperature} at ${BUDGETS[i + 1]}`).toBeGreaterThanOrEqual(curve[i]! - 0.015));
      // …and ends far above where it started.
      expect(curve.at(-1)! - curve[0]!, `T=${temperature}`).toBeGreaterThan(0.1);
      expect(curve.at(-1)!).toBeGreaterThan(0.95);
    }
  });

  it('soft targets beat hard labels at small budgets', () => {
    const hard = agreementCurve(HARD);
    const soft = agreementCurve(4);
    for (const i of [0, 1, 2]) expect(soft[i]!.agreement - hard[i]!.agreement, `budget ${BUDGETS[i]}`).toBeGreaterThan(0.05);
  });

  it('the effect holds for other query streams, not one lucky seed', () => {
    for (const seed of [1, 2, 3, 42, 99]) {
      const hard = agreementCurve(HARD, seed, [8, 512]);
      const soft = agreementCurve(4, seed, [8, 512]);
      expect(soft[0]!.agreement, `seed ${seed}`).toBeGreaterThan(hard[0]!.agreement);
      expect(hard[1]!.agreement, `seed ${seed}`).toBeGreaterThan(hard[0]!.agreement);
    }
  });

  it('summarises the current setting in a sentence', () => {
    const soft = agreementCurve(4);
    const hard = agreementCurve(HARD);
    expect(summarise(4, 8, soft, hard)).toMatch(/^After 8 queries, a student trained on soft targets at temperature 4 agrees with the teacher on \d+% of 400 new points\. With hard labels it would agree on \d+%\.$/);
    expect(summarise(HARD, 8, hard, hard)).not.toMatch(/With hard labels/);
  });
});
