/**
 * Finds the <Quote> elements in an MDX body, so a source page can link each
 * quoted paragraph back to every explainer that quotes it.
 */
export interface QuoteUse {
  source: string;
  text: string;
}

const QUOTE_TAG = /<Quote((?:\s+[A-Za-z]+=(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g;

export function findQuoteUses(mdx: string): QuoteUse[] {
  const uses: QuoteUse[] = [];
  for (const tag of mdx.matchAll(QUOTE_TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (tag[1] ?? '').matchAll(ATTRIBUTE)) attrs.set(a[1] as string, (a[2] ?? a[3]) as string);
    const source = attrs.get('source');
    const text = attrs.get('text');
    if (source && text) uses.push({ source, text });
  }
  return uses;
}
