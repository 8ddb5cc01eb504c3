import { describe, expect, it } from 'vitest';
import { federalHolidays, holidayObservedOn } from '../../src/lib/federal-holidays.ts';
import { filingDeadline, checkDetermination } from '../../src/lib/filing-deadline.ts';

/**
 * Observed federal holidays as OPM publishes them, in the order of 5 U.S.C. 6103:
 * New Year, King, Washington, Memorial, Juneteenth, Independence, Labor,
 * Columbus, Veterans, Thanksgiving, Christmas. A leading "12-31" is New Year's
 * Day observed on the Friday before (1 January on a Saturday).
 */
const OBSERVED: Record<number, string> = {
  2023: '01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25',
  2024: '01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25',
  2025: '01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25',
  2026: '01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25',
  2027: '01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24',
  2028: '12-31 01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25',
  2029: '01-01 01-15 02-19 05-28 06-19 07-04 09-03 10-08 11-12 11-22 12-25',
  2030: '01-01 01-21 02-18 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25',
  2031: '01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25',
  2032: '01-01 01-19 02-16 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24',
  2033: '12-31 01-17 02-21 05-30 06-20 07-04 09-05 10-10 11-11 11-24 12-26',
  2034: '01-02 01-16 02-20 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25',
  2035: '01-01 01-15 02-19 05-28 06-19 07-04 09-03 10-08 11-12 11-22 12-25',
};

function expectedDates(year: number): string[] {
  return OBSERVED[year]!.split(' ').map((md, i) => (i === 0 && md === '12-31' ? `${year - 1}-12-31` : `${year}-${md}`));
}

describe('federal holidays, computed by rule', () => {
  for (const year of Object.keys(OBSERVED).map(Number)) {
    it(`matches every observed holiday of ${year}`, () => {
      expect(federalHolidays(year).map((h) => h.observed)).toEqual(expectedDates(year));
      for (const date of expectedDates(year)) expect(holidayObservedOn(date), date).toBeDefined();
    });
  }

  it('adds Juneteenth from 2021 only, observed on the nearest weekday', () => {
    expect(federalHolidays(2020).some((h) => h.name.startsWith('Juneteenth'))).toBe(false);
    expect(federalHolidays(2021).find((h) => h.name.startsWith('Juneteenth'))?.observed).toBe('2021-06-18');
    expect(federalHolidays(2022).find((h) => h.name.startsWith('Juneteenth'))?.observed).toBe('2022-06-20');
  });

  it('observes New Year’s Day on 31 December when 1 January is a Saturday', () => {
    expect(holidayObservedOn('2027-12-31')?.name).toBe("New Year's Day");
    expect(holidayObservedOn('2027-12-30')).toBeUndefined();
    expect(holidayObservedOn('2028-01-03')).toBeUndefined();
  });
});

describe('Form 8-K Item 1.05 deadline', () => {
  it('counts four business days across a weekend', () => {
    const r = filingDeadline('2026-03-05'); // a Thursday
    expect(r).toMatchObject({ ok: true, counted: ['2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11'], deadline: '2026-03-11' });
  });

  it('skips an observed Independence Day and a weekend (the worked example)', () => {
    const r = filingDeadline('2026-07-02');
    expect(r).toMatchObject({ ok: true, counted: ['2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09'], deadline: '2026-07-09' });
    if (r.ok) expect(r.skipped.map((s) => s.date)).toEqual(['2026-07-03', '2026-07-04', '2026-07-05']);
    if (r.ok) expect(r.skipped[0]!.reason).toBe('Independence Day (observed)');
  });

  it('skips Thanksgiving', () => {
    const r = filingDeadline('2026-11-24'); // Tuesday before Thanksgiving (26 November)
    expect(r).toMatchObject({ ok: true, counted: ['2026-11-25', '2026-11-27', '2026-11-30', '2026-12-01'], deadline: '2026-12-01' });
  });

  it('crosses the year end, Christmas and New Year’s Day', () => {
    const r = filingDeadline('2026-12-23');
    expect(r).toMatchObject({ ok: true, counted: ['2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30'], deadline: '2026-12-30' });
    const r2 = filingDeadline('2027-12-22'); // 24 Dec and 31 Dec 2027 are both observed holidays (Fridays)
    expect(r2).toMatchObject({ ok: true, counted: ['2027-12-23', '2027-12-27', '2027-12-28', '2027-12-29'] });
    const r3 = filingDeadline('2027-12-28');
    expect(r3).toMatchObject({ ok: true, counted: ['2027-12-29', '2027-12-30', '2028-01-03', '2028-01-04'], deadline: '2028-01-04' });
  });

  it('skips a Monday holiday after a weekend', () => {
    const r = filingDeadline('2027-01-14'); // Thursday before Martin Luther King Jr. Day (18 January 2027)
    expect(r).toMatchObject({ ok: true, counted: ['2027-01-15', '2027-01-19', '2027-01-20', '2027-01-21'], deadline: '2027-01-21' });
    if (r.ok) expect(r.skipped.map((s) => s.reason)).toEqual(['Saturday', 'Sunday', 'Birthday of Martin Luther King, Jr.']);
  });

  it('skips Inauguration Day, when the SEC’s Washington head office is closed, but not a Saturday one', () => {
    const r = filingDeadline('2033-01-18'); // Tuesday; Thursday 20 January 2033 is Inauguration Day
    expect(r).toMatchObject({ ok: true, counted: ['2033-01-19', '2033-01-21', '2033-01-24', '2033-01-25'] });
    if (r.ok) expect(r.skipped[0]).toEqual({ date: '2033-01-20', reason: 'Inauguration Day (SEC head office closed)' });
    expect(filingDeadline('2029-01-17')).toMatchObject({ ok: true, counted: ['2029-01-18', '2029-01-19', '2029-01-22', '2029-01-23'] });
    // 2025: Inauguration Day fell on Martin Luther King Jr. Day; the holiday's name is shown.
    const r2025 = filingDeadline('2025-01-17');
    if (r2025.ok) expect(r2025.skipped.map((s) => s.reason)).toContain('Birthday of Martin Luther King, Jr.');
  });

  it('starts counting on the next business day when the determination falls on a weekend', () => {
    expect(filingDeadline('2026-03-07')).toMatchObject({ ok: true, deadline: '2026-03-12' });
  });

  it('refuses bad input with a message, never a date', () => {
    for (const bad of ['', '   ', 'next Tuesday', '2026-13-01', '2026-02-30', '2023-06-01', '2041-01-02', '02/07/2026']) {
      const r = filingDeadline(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message.length, bad).toBeGreaterThan(20);
      expect(r).not.toHaveProperty('deadline');
    }
    expect(checkDetermination('2026-02-30')).toMatchObject({ ok: false, message: expect.stringMatching(/does not exist/) });
    expect(checkDetermination('2023-12-18')).toMatchObject({ ok: true });
  });
});
