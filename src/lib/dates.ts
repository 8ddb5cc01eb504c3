/** Dates are handled as ISO calendar strings (YYYY-MM-DD) and shown in UTC, so a build anywhere prints the same day. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "2026-06-12" → "12 June 2026"; "2026-06" → "June 2026"; "2026" → "2026". */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year as string;
  const name = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2026-07-09" → "Thursday 9 July 2026". */
export function formatDateWithWeekday(value: string): string {
  return `${WEEKDAYS[new Date(`${value}T00:00:00Z`).getUTCDay()]} ${formatDate(value)}`;
}
