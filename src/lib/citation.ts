/**
 * "Cite this page" in four styles, generated from an explainer's frontmatter.
 * The site is the author (a group author), so each style follows its rule for
 * a web page whose author and publisher are the same organisation.
 */
export interface CitationInput {
  title: string;
  /** Site name, also the group author. */
  site: string;
  url: string;
  /** First published, YYYY-MM-DD. */
  published: string;
  /** Last reviewed (treated as last modified), YYYY-MM-DD. */
  reviewed: string;
  /** Slug, for the BibTeX key. */
  slug: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string): { y: string; m: number; d: number } {
  const [y, m, d] = iso.split('-');
  return { y: y as string, m: Number(m) - 1, d: Number(d) };
}

/** APA 7: Group. (Year, Month Day). *Title*. URL — site name omitted when it is the author. */
export function apa(c: CitationInput): string {
  const { y, m, d } = parts(c.reviewed);
  return `${c.site}. (${y}, ${MONTHS[m]} ${d}). *${c.title}*. ${c.url}`;
}

/** MLA 9: "Title." *Site*, Day Mon. Year, URL. — no author when the organisation is also the publisher. */
export function mla(c: CitationInput): string {
  const { y, m, d } = parts(c.reviewed);
  return `"${c.title}." *${c.site}*, ${d} ${MLA_MONTHS[m]} ${y}, ${c.url.replace(/^https?:\/\//, '')}.`;
}

/** Chicago 17 (notes and bibliography), web page with a group author and a modification date. */
export function chicago(c: CitationInput): string {
  const { y, m, d } = parts(c.reviewed);
  return `${c.site}. "${c.title}." Last modified ${MONTHS[m]} ${d}, ${y}. ${c.url}.`;
}

/** BibTeX @misc entry; braces keep the group author and title capitalisation. */
export function bibtex(c: CitationInput): string {
  const { y, m, d } = parts(c.reviewed);
  return [
    `@misc{mse-${c.slug},`,
    `  author = {{${c.site}}},`,
    `  title = {{${c.title}}},`,
    `  year = {${y}},`,
    `  month = ${BIB_MONTHS[m]},`,
    `  url = {${c.url}},`,
    `  note = {Last reviewed ${d} ${MONTHS[m]} ${y}; licensed CC BY 4.0},`,
    `}`,
  ].join('\n');
}

export function citations(c: CitationInput): { id: string; label: string; text: string }[] {
  return [
    { id: 'apa', label: 'APA 7', text: apa(c) },
    { id: 'mla', label: 'MLA 9', text: mla(c) },
    { id: 'chicago', label: 'Chicago', text: chicago(c) },
    { id: 'bibtex', label: 'BibTeX', text: bibtex(c) },
  ];
}
