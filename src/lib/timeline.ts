/** A dated event for a timeline figure. Dates must be real and in order, or the build stops. */
import { isIsoDate } from './dates.ts';

export interface TimelineEvent {
  /** YYYY-MM-DD */
  date: string;
  /** What happened, one sentence. */
  label: string;
  /** Optional qualifier: who reported it, how certain it is. */
  note?: string;
}

export function validateTimeline(events: readonly TimelineEvent[], where: string): void {
  events.forEach((event, i) => {
    if (!isIsoDate(event.date)) throw new Error(`${where}: timeline event ${i + 1} has "${event.date}", not a real YYYY-MM-DD date.`);
    const previous = events[i - 1];
    if (previous && previous.date > event.date) {
      throw new Error(`${where}: timeline events out of order: ${previous.date} comes before ${event.date}. List events oldest first.`);
    }
  });
}
