/**
 * Finds an author's quotation inside a seed article.
 *
 * Matching forgives only what a careful author cannot see: runs of whitespace,
 * typographic versus straight quotes and apostrophes, and dash variants.
 * Everything else (words, spelling, punctuation, case) must be exact. The
 * result carries the seed's own characters so the page never shows an
 * "improved" quotation.
 */
import type { SeedParagraph } from './seed-paragraphs.ts';

/** Characters folded together for matching, each mapped to one canonical form. */
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
];

interface Normalised {
  /** The folded text, whitespace collapsed to single spaces. */
  text: string;
  /** For each character of `text`, the index of the original character it came from. */
  origin: number[];
}

/** Folds typographic variants and collapses whitespace, remembering where each character came from. */
export function normalise(input: string): Normalised {
  let text = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    if (/\s/.test(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      origin.push(i);
      pendingSpace = false;
    }
    let folded = ch;
    for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
    for (const out of folded) {
      text += out;
      origin.push(i);
    }
  }
  return { text, origin };
}

export interface QuoteMatch {
  paragraph: SeedParagraph;
  /** The quoted words exactly as the seed has them. */
  seedText: string;
}

export interface QuoteMiss {
  /** The paragraph most like the quotation, to help the author fix it. */
  closest: SeedParagraph | undefined;
  /** Similarity of the closest paragraph to the quotation, 0 to 1. */
  score: number;
}

export type QuoteResult = ({ found: true } & QuoteMatch) | ({ found: false } & QuoteMiss);

/** Locates `quote` in one paragraph of the seed, or reports the closest paragraph. */
export function locateQuote(paragraphs: readonly SeedParagraph[], quote: string): QuoteResult {
  const needle = normalise(quote).text;
  if (needle.length === 0) return { found: false, closest: undefined, score: 0 };
  for (const paragraph of paragraphs) {
    const hay = normalise(paragraph.text);
    const at = hay.text.indexOf(needle);
    if (at === -1) continue;
    const start = hay.origin[at] as number;
    const end = (hay.origin[at + needle.length - 1] as number) + 1;
    return { found: true, paragraph, seedText: paragraph.text.slice(start, end) };
  }
  return { found: false, ...closestParagraph(paragraphs, needle) };
}

/** Word-bigram overlap (Dice coefficient): cheap, and good at spotting a paraphrase of a paragraph. */
function closestParagraph(paragraphs: readonly SeedParagraph[], needle: string): QuoteMiss {
  const target = bigrams(needle);
  let best: QuoteMiss = { closest: undefined, score: 0 };
  for (const paragraph of paragraphs) {
    const grams = bigrams(normalise(paragraph.text).text);
    let shared = 0;
    for (const g of target) if (grams.has(g)) shared++;
    const score = target.size === 0 ? 0 : shared / target.size;
    if (score > best.score) best = { closest: paragraph, score };
  }
  return best;
}

function bigrams(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length === 1) out.add(words[0] as string);
  for (let i = 0; i < words.length - 1; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** The message an author sees when a quotation is not in its seed. */
export function describeQuoteMiss(options: {
  file: string;
  line?: number | undefined;
  sourceId: string;
  quote: string;
  miss: QuoteMiss;
}): string {
  const { file, line, sourceId, quote, miss } = options;
  const where = line ? `${file}:${line}` : file;
  const closest = miss.closest
    ? `Closest passage (paragraph #${miss.closest.anchor}, line ${miss.closest.line}):\n  "${miss.closest.text}"`
    : 'No passage in the source resembles it.';
  return [
    `${where}: quotation not found in source "${sourceId}".`,
    `  Quoted: "${quote}"`,
    `  ${closest}`,
    'Fix: copy the words exactly from the seed (only whitespace, quote marks and dashes may differ).',
  ].join('\n');
}
