/**
 * One quoted sentence, one verdict: the quotes each explainer makes (recorded
 * while it compiles, src/lib/explainer-facts.ts) compared across the site.
 */
import { normalise } from './quote-match.ts';

/** A <Quote> as the checks need it. */
export interface QuoteUse {
  source: string;
  text: string;
  /** The status given on this page, if any. */
  status?: string | undefined;
  /** 1-based line of the <Quote> tag in its MDX file. */
  line: number;
}

/** One quoted sentence given different statuses, with every place each status was given. */
export interface StatusConflict {
  source: string;
  text: string;
  uses: { file: string; line: number; status: string }[];
}

/**
 * The same sentence of the same article must carry the same status on every
 * page (readers compare pages). Texts are compared as the quote check compares
 * them: whitespace, quote marks and dash variants do not count as differences.
 * Quotes without a status are not compared.
 */
export function findStatusConflicts(files: readonly { file: string; quotes: readonly QuoteUse[] }[]): StatusConflict[] {
  const groups = new Map<string, StatusConflict>();
  for (const { file, quotes } of files) {
    for (const use of quotes) {
      if (!use.status) continue;
      const key = `${use.source}\u0000${normalise(use.text).text}`;
      const group = groups.get(key) ?? { source: use.source, text: use.text, uses: [] };
      group.uses.push({ file, line: use.line, status: use.status });
      groups.set(key, group);
    }
  }
  return [...groups.values()].filter((g) => new Set(g.uses.map((u) => u.status)).size > 1);
}

export function describeStatusConflict(c: StatusConflict): string {
  const statuses = [...new Set(c.uses.map((u) => u.status))];
  const lines = statuses.map((status) => `  "${status}" in ${c.uses.filter((u) => u.status === status).map((u) => `${u.file}:${u.line}`).join(', ')}`);
  return [
    `One quoted sentence has different statuses (${statuses.map((x) => `"${x}"`).join(' and ')}) on different pages.`,
    `  Quote (${c.source}): "${c.text}"`,
    ...lines,
    '  Fix: one sentence gets one verdict everywhere. Choose the status that fits and use it on every page (and align the notes).',
  ].join('\n');
}
