/**
 * US federal holidays, computed from the rules in 5 U.S.C. 6103 rather than
 * listed by hand, with the observed-day shift federal offices use: a holiday
 * on a Saturday is observed the Friday before, on a Sunday the Monday after.
 * Dates are ISO strings (YYYY-MM-DD) and arithmetic is done in UTC.
 */

export interface FederalHoliday {
  /** Name as in 5 U.S.C. 6103(a). */
  name: string;
  /** The calendar date the law names. */
  date: string;
  /** The day federal offices close (differs from `date` on weekends). */
  observed: string;
}

const DAY_MS = 86_400_000;

export function isoFromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function utcFromIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(utcFromIso(iso)).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  return isoFromUtc(utcFromIso(iso) + days * DAY_MS);
}

function fixed(year: number, month: number, day: number): string {
  return isoFromUtc(Date.UTC(year, month - 1, day));
}

/** The nth given weekday of a month (n = 1…4), e.g. the third Monday of January. */
function nthWeekday(year: number, month: number, dow: number, n: number): string {
  const first = fixed(year, month, 1);
  const offset = (dow - weekday(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The last given weekday of a month, e.g. the last Monday of May. */
function lastWeekday(year: number, month: number, dow: number): string {
  const last = isoFromUtc(Date.UTC(year, month, 0));
  return addDays(last, -((weekday(last) - dow + 7) % 7));
}

/** Saturday holidays move to Friday, Sunday holidays to Monday (5 U.S.C. 6103(b); Executive Order 11582). */
export function observedDate(iso: string): string {
  const dow = weekday(iso);
  if (dow === 6) return addDays(iso, -1);
  if (dow === 0) return addDays(iso, 1);
  return iso;
}

const MONDAY = 1;
const THURSDAY = 4;

/**
 * The federal holidays whose calendar date falls in `year`, in date order.
 * Juneteenth counts from 2021, when the Juneteenth National Independence Day
 * Act (Public Law 117-17) added it. Inauguration Day is left out: it is a
 * holiday only for some employees around Washington, DC (5 U.S.C. 6103(c)).
 */
export function federalHolidays(year: number): FederalHoliday[] {
  const rules: Array<[string, string]> = [
    ["New Year's Day", fixed(year, 1, 1)],
    ['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, MONDAY, 3)],
    ["Washington's Birthday", nthWeekday(year, 2, MONDAY, 3)],
    ['Memorial Day', lastWeekday(year, 5, MONDAY)],
    ...(year >= 2021 ? [['Juneteenth National Independence Day', fixed(year, 6, 19)] as [string, string]] : []),
    ['Independence Day', fixed(year, 7, 4)],
    ['Labor Day', nthWeekday(year, 9, MONDAY, 1)],
    ['Columbus Day', nthWeekday(year, 10, MONDAY, 2)],
    ['Veterans Day', fixed(year, 11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, THURSDAY, 4)],
    ['Christmas Day', fixed(year, 12, 25)],
  ];
  return rules.map(([name, date]) => ({ name, date, observed: observedDate(date) }));
}

/** The holiday observed on this day, if any. New Year's Day on a Saturday is observed on 31 December of the year before. */
export function holidayObservedOn(iso: string): FederalHoliday | undefined {
  const year = Number(iso.slice(0, 4));
  return [...federalHolidays(year), ...federalHolidays(year + 1)].find((h) => h.observed === iso);
}
