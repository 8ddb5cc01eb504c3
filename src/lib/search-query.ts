/**
 * What the site asks Pagefind for, given what the reader typed. Pagefind only
 * returns pages that contain every word of a query, so "weight theft vs
 * distillation" found nothing but the one archived article containing "vs",
 * and "is the AI RMF mandatory" found nothing at all. Two steps fix that
 * without changing what a precise query finds:
 *  1. words that carry no meaning ("is", "the", "vs") are left out, unless
 *     the query has nothing else;
 *  2. if the query still finds nothing, one word is dropped: the one whose
 *     absence finds most (the odd word out, such as "mandatory" in "is the AI
 *     RMF mandatory", where the site says "voluntary"), and so on until
 *     something is found.
 */

/** Words that say nothing about what a reader is looking for. */
export const STOP_WORDS = new Set(
  'a about an and are as at be but by can could did do does for from had has have how i if in into is it its me my of on or should so than that the their them then there these they this to vs versus was we were what when where which who whom why will with would you your'.split(' '),
);

/** Lower-cased words of a query, split as Pagefind splits them (dots kept inside "1.05"). */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

/** The query without its stop words, or the query as typed if nothing else is left. */
export function meaningfulQuery(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !queryWords(w).every((part) => STOP_WORDS.has(part)));
  return (kept.length ? kept : words).join(' ');
}

export interface Searchable<R> {
  (term: string | null, options?: object): Promise<R & { results: unknown[] }>;
}

/**
 * Runs `search` on the meaningful part of the query; while that finds nothing,
 * drops the word whose absence finds most, and tries again.
 */
export async function searchLeniently<R>(search: Searchable<R>, query: string | null, options?: object): Promise<R & { results: unknown[] }> {
  if (!query || !query.trim()) return search(query, options);
  let words = meaningfulQuery(query).split(/\s+/);
  let result = await search(words.join(' '), options);
  while (!result.results.length && words.length > 1) {
    const tries = await Promise.all(words.map(async (_, i) => {
      const rest = words.filter((__, j) => j !== i);
      return { rest, result: await search(rest.join(' '), options) };
    }));
    const best = tries.reduce((a, b) => (b.result.results.length > a.result.results.length ? b : a));
    words = best.rest;
    result = best.result;
  }
  return result;
}
