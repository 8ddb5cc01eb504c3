/**
 * The /search/ address: ?q=… for the query and one parameter per filter
 * value (?topic=Export+controls&kind=Explainer), so a search can be linked.
 */
export const FILTER_PARAMS = ['topic', 'kind'] as const;

export function readSearchUrl(search: string): { query: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_PARAMS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

export function writeSearchUrl(query: string, filters: Record<string, string[]>): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const name of FILTER_PARAMS) for (const value of filters[name] ?? []) params.append(name, value);
  const out = params.toString();
  return out ? `?${out}` : '';
}
