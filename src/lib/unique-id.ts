/**
 * Ids unique within one page and stable across builds: each page counts its own uses of a prefix, so editing
 * one page never changes the ids on another (a build-wide counter did, since every page shared it). `page` is
 * any object that lives exactly as long as one page's render: Astro.locals.
 */
const counters = new WeakMap<object, Map<string, number>>();

export function uniqueId(page: object, prefix: string): string {
  const counts = counters.get(page) ?? new Map<string, number>();
  counters.set(page, counts);
  const n = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, n);
  return `${prefix}-${n}`;
}
