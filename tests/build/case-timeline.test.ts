/**
 * The June 2026 Fable 5 / Mythos 5 case is dated once, in
 * content/timelines/fable-case.yaml. Every page that shows the case timeline
 * must show exactly those events, in that order, so a corrected date changes
 * everywhere at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPage, select, selectAll, text } from '../support/dist.ts';
import { buildWithOverlay, removeFixture } from '../support/fixture-site.ts';
import { isIsoDate } from '../../src/lib/dates.ts';

interface FileEvent { date: string; label: string; note?: string; source?: string }
const file = parse(readFileSync(path.resolve('content/timelines/fable-case.yaml'), 'utf8')) as { title: string; events: FileEvent[] };

/** Pages that show the shared case timeline, and the id of its figure there. */
const PAGES = [
  { url: '/explainers/mythos-reports/', figure: 'mythos-timeline' },
  { url: '/explainers/export-controls/', figure: 'fable-case-timeline' },
];

describe('the shared Fable 5 / Mythos 5 case timeline', () => {
  it('is a file of real, ordered dates that covers the case from the executive order to the return', () => {
    const dates = file.events.map((e) => e.date);
    for (const d of dates) expect(isIsoDate(d), d).toBe(true);
    for (let i = 1; i < dates.length; i++) expect(dates[i - 1]! <= dates[i]!, `${dates[i - 1]} before ${dates[i]}`).toBe(true);
    const on = (date: string) => file.events.filter((e) => e.date === date).map((e) => e.label).join(' ');
    expect(on('2026-06-02')).toMatch(/executive order/i);
    expect(on('2026-06-12')).toMatch(/Lutnick/);
    expect(on('2026-06-12')).toMatch(/switches both models off/i);
    expect(on('2026-06-23')).toMatch(/Legion LegalTech/);
    expect(on('2026-06-26')).toMatch(/partly eases/i);
    expect(on('2026-06-30')).toMatch(/lifts the licence requirement/i);
    expect(on('2026-07-01')).toMatch(/Fable 5 returns/);
    for (const e of file.events) if (e.source) expect(e.source).toMatch(/^https:\/\//);
  });

  for (const { url, figure } of PAGES) {
    describe(url, () => {
      const page = readPage(url);
      const fig = select(`figure#${figure}`, page);

      it('shows every event of the file, in the file’s order, with the file’s dates and words', () => {
        expect(fig, `figure#${figure} on ${url}`).toBeTruthy();
        const items = selectAll('ol.timeline > li', fig!);
        expect(items.length).toBe(file.events.length);
        items.forEach((li, i) => {
          const event = file.events[i]!;
          const time = select('time', li);
          expect(String(time?.properties['dateTime'])).toBe(event.date);
          expect(text(li)).toContain(event.label);
          if (event.note) expect(text(li)).toContain(event.note);
        });
        const shown = selectAll('time', fig!).map((t) => String(t.properties['dateTime']));
        expect([...shown].sort()).toEqual(shown);
      });

      it('says the restriction was lifted, so a reader can tell it is no longer in force', () => {
        expect(text(fig)).toMatch(/lifted on 30 June 2026/);
      });

      it('gives no other date for the case in another timeline on the page', () => {
        // Any other timeline on the page (e.g. the chip rules) stops before June 2026.
        const others = selectAll('figure[data-timeline]', page).filter((f) => f !== fig);
        const otherDates = others.flatMap((other) => selectAll('time', other).map((t) => String(t.properties['dateTime'])));
        expect(otherDates.filter((d) => d >= '2026-06-01')).toEqual([]);
      });
    });
  }

  it('a timeline file with an impossible date or events out of order stops the build, saying which and what to do', async () => {
    // A small site (no real explainers): the broken timeline stops the build before any page needs one.
    const result = await buildWithOverlay(path.resolve(import.meta.dirname, '../fixtures/bad-content/timeline-out-of-order'), {}, { small: true });
    try {
      // eslint-disable-next-line no-control-regex
      const output = result.output.replace(/\u001b\[[0-9;]*m/g, '');
      expect(result.code, output.slice(-1500)).not.toBe(0);
      expect(output).toContain('timelines');
      expect(output).toContain('fable-case');
      expect(output).toContain('Not a real calendar date');
      expect(output).toMatch(/Events out of order: 2026-07-01 \(event \d+\) comes before 2026-06-30 \(event \d+\)\. List events oldest first\./);
    } finally {
      removeFixture(result.dir);
    }
  });
});
