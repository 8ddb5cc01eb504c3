/**
 * The public record of what changed on each explainer after it was published:
 * the per-page "History of this page", the "Updated" line and the site-wide
 * log at /changes/ (and its feed) all read the same `changes` frontmatter.
 */

/** What kind of change, in the order readers weigh them. Defined on /about/. */
export const CHANGE_KINDS = ['correction', 'update', 'clarification'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  correction: 'Correction',
  update: 'Update',
  clarification: 'Clarification',
};

export interface PageChange {
  /** YYYY-MM-DD */
  date: string;
  kind: ChangeKind;
  /** One or two sentences: what changed and why. */
  summary: string;
  /** Heading id of the section it touched. */
  section?: string | undefined;
}

/** A change with the page it belongs to, for the site-wide log. */
export interface SiteChange extends PageChange {
  slug: string;
  pageTitle: string;
  /** Position in its page's list, to keep a stable order for same-day changes. */
  index: number;
}

/**
 * Every `section` must be a heading id on the page, or the link from the log
 * would land nowhere. Throws naming the file, the entry and the ids to choose from.
 */
export function checkChangeSections(changes: readonly PageChange[], headingIds: readonly string[], file: string): void {
  const known = new Set(headingIds);
  changes.forEach((change, i) => {
    if (change.section !== undefined && !known.has(change.section)) {
      throw new Error(
        `${file}: changes[${i}] (${change.date}) names section "${change.section}", which is not a heading id on this page. ` +
          `Use one of: ${[...known].join(', ')}; or leave \`section\` out.`,
      );
    }
  });
}

/** The date of the newest change, or undefined when the page has none. */
export function lastChangeDate(changes: readonly PageChange[]): string | undefined {
  return changes.reduce<string | undefined>((latest, c) => (latest === undefined || c.date > latest ? c.date : latest), undefined);
}

/** A page's changes, newest first (same-day changes keep their written order). */
export function pageChangesNewestFirst<T extends PageChange>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.index - b.index)
    .map(({ change }) => change);
}

/** Every change on every page, newest first; same day: by page order given, then as written. */
export function siteChangesNewestFirst(pages: readonly { slug: string; title: string; changes: readonly PageChange[] }[]): SiteChange[] {
  const all = pages.flatMap((page, pageIndex) =>
    page.changes.map((change, index) => ({ ...change, slug: page.slug, pageTitle: page.title, index, pageIndex })),
  );
  return all
    .sort((a, b) => b.date.localeCompare(a.date) || a.pageIndex - b.pageIndex || a.index - b.index)
    .map(({ pageIndex: _pageIndex, ...change }) => change);
}

/** Site path of a change: the page, at the section it touched when it names one. */
export function changeHref(slug: string, section?: string): string {
  return `/explainers/${slug}/${section ? `#${section}` : ''}`;
}

/** Anchor id of one change in the site-wide log, stable across builds. */
export function changeAnchor(change: Pick<SiteChange, 'slug' | 'date' | 'index'>): string {
  return `${change.slug}-${change.date}-${change.index + 1}`;
}
