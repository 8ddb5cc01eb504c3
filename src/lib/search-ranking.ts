/**
 * Which sections of a search result to show, and in what order. Pagefind lists
 * a page's matching sections in page order and keeps the three with the most
 * hits; a reader wants the section that answers the query first. A section
 * scores for each query word it contains, and twice more for each in its
 * heading, each word counting by how rare it is among the page's sections (so
 * "miqu" outweighs "leak", and "is" or "the" count for almost nothing). Ties go
 * to the earlier section, which is usually the one that introduces the idea.
 */
import { STOP_WORDS, queryWords } from './search-query.ts';

/**
 * Pagefind's ranking options for this site (the search UI and the ranking test
 * both use them). Explainers are long and glossary entries short: a low
 * pageLength stops length alone from ranking a short page first. A high
 * termSimilarity ranks "export" above "exported" for a query "export".
 * Chosen by running tests/search-queries.json.
 */
export const SEARCH_RANKING = { pageLength: 0.3, termSimilarity: 3 } as const;

export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface SubResult {
  title: string;
  url: string;
  excerpt?: string;
  locations: number[];
  weighted_locations: WeightedLocation[];
  anchor?: { element: string; id: string; text?: string; location: number };
}

export interface ResultData {
  url: string;
  content?: string;
  meta?: Record<string, string | undefined>;
  sub_results: SubResult[];
}

/** A rough stem, enough to tell which query word a matched word came from ("controls" ↔ "control"). */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}.]/gu, '').replace(/\.$/, '');
  return w.length > 5 ? w.slice(0, Math.max(5, w.length - 3)) : w.replace(/s$/, '');
}

export function matchesWord(queryWord: string, word: string): boolean {
  const a = stem(queryWord);
  const b = stem(word);
  if (!a || !b) return false;
  // Short words ("on", "one", "is") must match exactly, or every "on" would match "one".
  if (a.length < 4 || b.length < 4) return a === b;
  return b.startsWith(a) || a.startsWith(b);
}

export interface RankedSection extends SubResult {
  /** Query words found in the section (heading and text). */
  covered: string[];
  /** Query words found in the heading. */
  inHeading: string[];
  score: number;
}

/**
 * The page's sections (sub-results with an anchor), best first. The page's own
 * entry (hits before the first heading) is left out: the result itself links there.
 */
export function rankSections(data: ResultData, query: string): RankedSection[] {
  const words = [...new Set(queryWords(query).filter((w) => !STOP_WORDS.has(w)))];
  const content = (data.content ?? '').split(/\s+/);
  const sections = data.sub_results
    .filter((sub) => sub.anchor && sub.url !== data.url)
    .map((sub, order) => {
      const hitWords = sub.locations.map((l) => content[l] ?? '');
      const headingWords = (sub.anchor?.text ?? sub.title).split(/\s+/);
      const covered = words.filter((q) => hitWords.some((w) => matchesWord(q, w)));
      const inHeading = words.filter((q) => headingWords.some((w) => matchesWord(q, w)));
      return { ...sub, covered, inHeading, score: 0, order };
    });
  const rarity = new Map(words.map((q) => [q, Math.log(1 + sections.length / Math.max(1, sections.filter((s) => s.covered.includes(q)).length))]));
  const weight = (list: string[]) => list.reduce((n, q) => n + (rarity.get(q) ?? 0), 0);
  for (const s of sections) s.score = weight(s.covered) + 2 * weight(s.inHeading);
  return sections
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}

/** The anchor id of the best section, or undefined when only the page itself matched. */
export function bestSectionId(data: ResultData, query: string): string | undefined {
  return rankSections(data, query)[0]?.anchor?.id;
}
