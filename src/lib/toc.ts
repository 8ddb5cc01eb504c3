/** Nests h3 headings under their h2 for the table of contents; ignores the footnotes heading. */
export interface Heading { depth: number; slug: string; text: string }
export interface TocEntry extends Heading { children: Heading[] }

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.slug === 'footnote-label') continue;
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3 && toc.length > 0) toc[toc.length - 1]!.children.push(heading);
  }
  return toc;
}
