/**
 * The Form 8-K Item 1.05 deadline: four business days after the company
 * determines a cybersecurity incident is material. A business day is any day
 * but a Saturday, a Sunday or a federal holiday (Regulation S-T, 17 CFR 232.11),
 * including the days the SEC's head office closes by law (17 CFR 201.104).
 * Pure logic for the calculator in the SEC explainer and its tests.
 */
import { isIsoDate } from './dates.ts';
import { addDays, holidayObservedOn, weekday } from './federal-holidays.ts';

/** Item 1.05 applied from this date for most registrants (Release No. 33-11216). */
export const FIRST_DETERMINATION = '2023-12-18';
/** Holidays can be added by law (Juneteenth was, in 2021), so counts far ahead could be wrong. */
export const LAST_YEAR = 2040;
export const BUSINESS_DAYS = 4;

export interface SkippedDay {
  date: string;
  reason: string;
}

export type DeadlineResult =
  | { ok: true; determination: string; counted: string[]; skipped: SkippedDay[]; deadline: string }
  | { ok: false; message: string };

/**
 * Inauguration Day (20 January every fourth year from 1965; the 21st when the
 * 20th is a Sunday) is a legal holiday only around Washington, DC (5 U.S.C.
 * 6103(c)). The SEC's head office there closes on "any other day appointed as
 * a holiday in Washington, D.C." by Congress (17 CFR 201.104), so it is not a
 * filing business day either. A Saturday inauguration gives no day off.
 */
export function inaugurationClosure(year: number): string | undefined {
  if (year < 1965 || (year - 1965) % 4 !== 0) return undefined;
  const day = `${year}-01-20`;
  const dow = weekday(day);
  if (dow === 6) return undefined;
  return dow === 0 ? addDays(day, 1) : day;
}

/** Why a day is not a business day, or undefined if it is one. */
export function nonBusinessReason(iso: string): string | undefined {
  const dow = weekday(iso);
  if (dow === 6) return 'Saturday';
  if (dow === 0) return 'Sunday';
  if (inaugurationClosure(Number(iso.slice(0, 4))) === iso && !holidayObservedOn(iso)) return 'Inauguration Day (SEC head office closed)';
  const holiday = holidayObservedOn(iso);
  if (!holiday) return undefined;
  return holiday.observed === holiday.date ? holiday.name : `${holiday.name} (observed)`;
}

/** Checks the reader's input; the message says what to type instead. */
export function checkDetermination(input: string): { ok: true; date: string } | { ok: false; message: string } {
  const value = input.trim();
  if (value === '') return { ok: false, message: 'Enter the date the company determined the incident was material.' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, message: `“${value}” is not a date. Use the form YYYY-MM-DD, for example 2026-07-02.` };
  if (!isIsoDate(value)) return { ok: false, message: `${value} does not exist on the calendar. Check the month and day.` };
  if (value < FIRST_DETERMINATION) {
    return { ok: false, message: 'Item 1.05 applies to determinations from 18 December 2023 (15 June 2024 for smaller reporting companies). Enter a later date.' };
  }
  if (Number(value.slice(0, 4)) > LAST_YEAR) {
    return { ok: false, message: `Enter a date in ${LAST_YEAR} or earlier: Congress can add federal holidays, so a count that far ahead could be wrong.` };
  }
  return { ok: true, date: value };
}

/**
 * Counts four business days after the determination date. The day of the
 * determination itself is day zero, as with any "within four business days
 * after" deadline in Form 8-K's general instructions.
 */
export function filingDeadline(input: string): DeadlineResult {
  const checked = checkDetermination(input);
  if (!checked.ok) return checked;
  const counted: string[] = [];
  const skipped: SkippedDay[] = [];
  let day = checked.date;
  while (counted.length < BUSINESS_DAYS) {
    day = addDays(day, 1);
    const reason = nonBusinessReason(day);
    if (reason) skipped.push({ date: day, reason });
    else counted.push(day);
  }
  return { ok: true, determination: checked.date, counted, skipped, deadline: day };
}
