/**
 * What the Markdown pipeline records about an explainer while it compiles it
 * (src/integrations/markdown/content-checks.ts), read back by pages through
 * `render(entry).remarkPluginFrontmatter`: the reading time and level of its prose and
 * every <Quote> it makes, already located in its seed. Pages use these instead
 * of re-reading the MDX body, so each explainer is measured once per build.
 */
import type { ReadingLevel } from './reading-level.ts';

/** One <Quote> on a page: the seed paragraph it was found in, and the status the page gives it. */
export interface RecordedQuote {
  source: string;
  text: string;
  status?: string | undefined;
  /** 1-based line of the <Quote> tag in the MDX file. */
  line: number;
  /** Anchor of the seed paragraph holding the quote (`p-12`). */
  anchor: string;
}

export interface ExplainerFacts {
  /** Minutes to read the prose (src/lib/reading-time.ts). */
  readingMinutes: number;
  readingLevel: ReadingLevel;
  quotes: RecordedQuote[];
}

/** The key under which the facts sit in the compiled MDX's frontmatter. */
export const FACTS_KEY = 'explainerFacts';

/**
 * The facts recorded for `id`, or an error naming what is missing: a page that
 * reads facts of an MDX file compiled without the pipeline's plugin must fail
 * loudly, not show an empty reading level.
 */
export function explainerFacts(remarkPluginFrontmatter: Record<string, unknown>, id: string): ExplainerFacts {
  const facts = remarkPluginFrontmatter[FACTS_KEY] as Partial<ExplainerFacts> | undefined;
  if (!facts || typeof facts.readingMinutes !== 'number' || typeof facts.readingLevel?.grade !== 'number' || !Array.isArray(facts.quotes)) {
    throw new Error(`The explainer "${id}" was compiled without its recorded facts (reading level, quotes): is the content-checks plugin in the Markdown processor (astro.config.mjs)?`);
  }
  return facts as ExplainerFacts;
}
