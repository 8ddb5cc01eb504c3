/** Ids unique within a build, stable across builds of the same content (pages render in a fixed order). */
const counters = new Map<string, number>();
export function uniqueId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}
