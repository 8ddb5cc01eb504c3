/**
 * The deadline calculator's result as HTML: rendered at build time for the
 * static worked example, and in the browser after each input.
 */
import { formatDateWithWeekday } from '../../lib/dates.ts';
import type { DeadlineResult } from '../../lib/filing-deadline.ts';
import { escapeHtml } from '../../lib/escape.ts';

export function deadlineResultHtml(result: Extract<DeadlineResult, { ok: true }>): string {
  const days = [
    ...result.counted.map((date, i) => ({ date, text: `business day ${i + 1}`, counted: true })),
    ...result.skipped.map(({ date, reason }) => ({ date, text: `not counted: ${reason}`, counted: false })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const items = days
    .map((d) => `<li${d.counted ? '' : ' class="is-skipped"'}><time datetime="${d.date}">${formatDateWithWeekday(d.date)}</time>: ${escapeHtml(d.text)}</li>`)
    .join('');
  return (
    `<p class="island__answer">Materiality determined on <time datetime="${result.determination}">${formatDateWithWeekday(result.determination)}</time>: ` +
    `file the Form 8-K by <strong><time datetime="${result.deadline}">${formatDateWithWeekday(result.deadline)}</time></strong>.</p>` +
    `<ol class="island__days">${items}</ol>`
  );
}
