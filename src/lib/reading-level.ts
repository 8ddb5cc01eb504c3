/**
 * Reading level of an explainer's body text, computed at build time: the
 * Flesch–Kincaid grade (Kincaid et al., 1975), a US school grade, shown to
 * teachers as an age ("Reading level: ages 16+"). Pure: no Astro, no I/O.
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables are counted by a vowel-group rule with the usual English
 * corrections (silent final e, -le, -ed, -es). Like every syllable counter it
 * is an estimate; on prose the error averages out, which is all a grade needs.
 */

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
}

export interface ReadingLevel extends ReadingStats {
  /** Flesch–Kincaid grade, one decimal. */
  grade: number;
  /** Youngest typical reader's age for that grade (US grade + 5), between 9 and 18. */
  age: number;
  /** Plain label for the page, e.g. "Reading level: ages 16+". */
  label: string;
}

/** Words a vowel-group count gets wrong, common in this site's prose. */
const SYLLABLE_EXCEPTIONS: Record<string, number> = {
  the: 1, every: 3, business: 2, different: 3, evening: 2, interest: 3, area: 3, idea: 3, science: 2, being: 2,
  people: 2, create: 2, created: 3, creates: 2, react: 2, real: 1, really: 2, ai: 2, api: 3, fbi: 3, sec: 3,
  nist: 1, rand: 1, quiet: 2, poem: 2, video: 3, radio: 3, period: 3, serious: 3, variable: 4, via: 2,
};

/** Counts by word as written: prose repeats its words, so most are counted once per build. */
const syllableCache = new Map<string, number>();

/** Syllables in one word, by vowel groups with English corrections. */
export function countSyllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    if (syllableCache.size > 50_000) syllableCache.clear();
    syllableCache.set(word, (count = syllablesOf(word)));
  }
  return count;
}

function syllablesOf(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  const known = SYLLABLE_EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  let core = w;
  // A silent final "e" ("make", "state"), but not "-le" after a consonant ("table" keeps its syllable).
  if (/[^aeiouy]e$/.test(core) && !/[^aeiouy]le$/.test(core)) core = core.slice(0, -1);
  // "-ed" is silent except after t or d ("stated"); "-es" likewise except after s, z, x, ch, sh, g, c.
  else if (/[^aeiouytd]ed$/.test(core)) core = core.slice(0, -2);
  else if (/[^aeiouyszxhgc]es$/.test(core)) core = core.slice(0, -2);
  const groups = core.match(/[aeiouy]+/g)?.length ?? 0;
  // Vowel pairs usually said as two syllables: "-ia-" (media, but not special), "-io-" (radio, but not nation), "-yi-" (copying),
  // "-eo-" (geography), "-ua-" (actual, but not quality or language), "-ie-" before r or t (earlier, society).
  const split = core.match(/(?:[^aeiou]yi|[^aeioucts]ia|[^aeiou]io(?!n)|eo|(?<![qg])ua|[^aeiou]ie(?=r|t))/g)?.length ?? 0;
  return Math.max(1, groups + split);
}

/** The words of a text: runs of letters, digits and apostrophes that contain a letter or digit. */
export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]/g) ?? [];
}

/** A text has a word when it has a letter or digit (see `words`). */
const HAS_WORD = /[A-Za-z0-9]/;

/** Sentences end at . ! ? (one or more) followed by space or the end; a text with words has at least one. */
export function countSentences(text: string): number {
  const ends = text
    // Abbreviations and decimals are not sentence ends.
    .replace(/\b(?:e\.g|i\.e|U\.S)\./g, 'x')
    .replace(/\b(?:etc|vs|Mr|Mrs|Ms|Dr|No|St|Inc|Ltd|Co|Jr|al)\.(?=\s+[a-z0-9])/g, 'x')
    .replace(/\d\.\d/g, '0')
    .match(/[.!?]+(?=["'”’)\]]*(?:\s|$))/g);
  return Math.max(HAS_WORD.test(text) ? 1 : 0, ends?.length ?? 0);
}

export function readingStats(text: string): ReadingStats {
  const list = words(text);
  return {
    words: list.length,
    sentences: countSentences(text),
    syllables: list.reduce((sum, w) => sum + countSyllables(w), 0),
  };
}

/** Flesch–Kincaid grade from counts. */
export function fleschKincaidGrade({ words: w, sentences, syllables }: ReadingStats): number {
  if (w === 0 || sentences === 0) return 0;
  return 0.39 * (w / sentences) + 11.8 * (syllables / w) - 15.59;
}

/** The plain label: US grade g is read by ages g + 5 and up; capped at 18 ("adult"), floored at 9. */
export function readingAge(grade: number): number {
  return Math.min(18, Math.max(9, Math.ceil(grade - 0.05) + 5));
}

export function readingLevelLabel(age: number): string {
  return age >= 18 ? 'Reading level: ages 18+ (adult)' : `Reading level: ages ${age}+`;
}

/**
 * The prose of an MDX body, as a reader reads it: without frontmatter, imports,
 * code, tables, headings, footnote definitions and markers, JSX tags (and the
 * SVG or data inside figures), URLs, and Markdown link syntax (the link text stays).
 */
export function proseFromMdx(mdx: string): string {
  return (
    mdx
      .replace(/^---\n[\s\S]*?\n---\n/, '\n')
      .replace(/```[\s\S]*?```/g, '\n')
      .replace(/<svg[\s\S]*?<\/svg>/g, '\n')
      .replace(/<(Timeline|DistillationSimulator|ComputeExplorer|DeadlineCalculator)\b[\s\S]*?\/>/g, '\n')
      .replace(/^(?:import|export) .*$/gm, '')
      .replace(/^\[\^[^\]]+\]:.*$/gm, '')
      .replace(/^#{1,6} .*$/gm, '')
      .replace(/^\s*\|.*$/gm, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/`[^`]*`/g, ' code ')
      // A paragraph or list item without final punctuation still ends a sentence.
      .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)/)
      // Runs of white space become one space; a lone space, the usual case, is left as it is rather than replaced by itself.
      .map((block) => block.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').replace(/\s\s+|[^\S ]/g, ' ').trim())
      .filter((block) => HAS_WORD.test(block))
      .map((block) => (endsSentence(block) ? block : `${block}.`))
      .join(' ')
  );
}

const CLOSERS = '"\'”’)]';

/** Whether a trimmed block ends a sentence: . ! or ? before any closing quotes and brackets. */
function endsSentence(block: string): boolean {
  let i = block.length - 1;
  while (i >= 0 && CLOSERS.includes(block[i]!)) i--;
  return i >= 0 && '.!?'.includes(block[i]!);
}

/** Reading level of an MDX body. */
export function readingLevel(mdx: string): ReadingLevel {
  const stats = readingStats(proseFromMdx(mdx));
  const grade = Math.round(fleschKincaidGrade(stats) * 10) / 10;
  const age = readingAge(grade);
  return { ...stats, grade, age, label: readingLevelLabel(age) };
}
