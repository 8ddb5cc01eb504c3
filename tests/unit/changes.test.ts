import { describe, expect, it } from 'vitest';
import { changeAnchor, changeHref, checkChangeSections, lastChangeDate, pageChangesNewestFirst, siteChangesNewestFirst, type PageChange } from '../../src/lib/changes.ts';

const a: PageChange = { date: '2026-12-03', kind: 'correction', summary: 'Fixed the Amazon sentence.', section: 'june' };
const b: PageChange = { date: '2026-12-10', kind: 'update', summary: 'Added the lifting.' };
const c: PageChange = { date: '2026-12-03', kind: 'clarification', summary: 'Plainer wording.' };

describe('changes', () => {
  it('accepts sections that are headings on the page, and changes with no section', () => {
    expect(() => checkChangeSections([a, b], ['june', 'later'], 'content/explainers/x.mdx')).not.toThrow();
  });

  it('rejects a section that is not a heading, naming the file, the entry and the ids to choose from', () => {
    expect(() => checkChangeSections([b, { ...a, section: 'no-such' }], ['june', 'later'], 'content/explainers/x.mdx')).toThrow(
      /content\/explainers\/x\.mdx: changes\[1\] \(2026-12-03\) names section "no-such".*Use one of: june, later/,
    );
  });

  it('dates a page by its newest change, and not at all without changes', () => {
    expect(lastChangeDate([a, b, c])).toBe('2026-12-10');
    expect(lastChangeDate([])).toBeUndefined();
  });

  it('lists a page newest first, same-day changes as written', () => {
    expect(pageChangesNewestFirst([a, b, c])).toEqual([b, a, c]);
  });

  it('merges every page newest first, keeping page order and written order on the same day', () => {
    const log = siteChangesNewestFirst([
      { slug: 'one', title: 'One', changes: [c, a] },
      { slug: 'two', title: 'Two', changes: [b, a] },
    ]);
    expect(log.map((x) => `${x.date} ${x.slug} ${x.index}`)).toEqual(['2026-12-10 two 0', '2026-12-03 one 0', '2026-12-03 one 1', '2026-12-03 two 1']);
    expect(log[0]).toMatchObject({ pageTitle: 'Two', kind: 'update' });
    expect(log[0]).not.toHaveProperty('pageIndex');
  });

  it('links a change to its page and section, with a stable, unique anchor in the log', () => {
    expect(changeHref('mythos-reports', 'june')).toBe('/explainers/mythos-reports/#june');
    expect(changeHref('mythos-reports')).toBe('/explainers/mythos-reports/');
    const log = siteChangesNewestFirst([{ slug: 'one', title: 'One', changes: [a, c] }]);
    const anchors = log.map(changeAnchor);
    expect(anchors).toEqual(['one-2026-12-03-1', 'one-2026-12-03-2']);
  });
});
