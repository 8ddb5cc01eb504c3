/** Nests h3 headings under their h2 for the table of contents; ignores the footnotes heading. */
export interface Heading { depth: number; slug: string; text: string }
export interface TocEntry extends Heading { children: Heading[] }

/** `end`: the layout's own sections after the body (not in the MDX headings), listed last. */
export function buildToc(headings: readonly Heading[], end: readonly Heading[] = []): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of [...headings, ...end]) {
    if (heading.slug === 'footnote-label') continue;
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3 && toc.length > 0) toc[toc.length - 1]!.children.push(heading);
  }
  return toc;
}

/** The explainer layout's sections after the body that belong in the contents list: the quiz (when the page has one), For educators, Cite this page. */
export function pageEndSections(quiz: boolean): Heading[] {
  return [
    ...(quiz ? [{ depth: 2, slug: 'check-your-understanding', text: 'Check your understanding' }] : []),
    { depth: 2, slug: 'for-educators', text: 'For educators' },
    { depth: 2, slug: 'cite-this-page', text: 'Cite this page' },
  ];
}
