/**
 * The columns of the frameworks-and-laws comparison figure, and a check that every row fills each of
 * them, so an author who forgets a cell gets a build error rather than an empty box on a phone card.
 */

/** One framework or law, as a row of the comparison. */
export interface ComparisonRow {
  /** Name as readers know it, e.g. "California SB 53". */
  name: string;
  /** What kind of instrument: company framework, law, voluntary code. */
  kind: string;
  /** Which version or dates the row describes (rows must not mix versions). */
  version: string;
  /** What triggers the duties or safeguards. */
  thresholds: string;
  /** What it says about securing model weights. */
  weights: string;
  /** Incident reporting: to whom and how fast. */
  incidents: string;
  /** Who checks or enforces it. */
  checks: string;
  /** The penalty for breaking it. */
  penalty: string;
}

export type ComparisonColumnKey = 'thresholds' | 'weights' | 'incidents' | 'checks' | 'penalty';

/** Column order and the label each cell repeats when the table becomes cards. */
export const COMPARISON_COLUMNS: readonly { key: ComparisonColumnKey; label: string }[] = [
  { key: 'thresholds', label: 'Thresholds' },
  { key: 'weights', label: 'Weight security' },
  { key: 'incidents', label: 'Incident reporting' },
  { key: 'checks', label: 'Who checks' },
  { key: 'penalty', label: 'Penalty' },
];

const REQUIRED: readonly (keyof ComparisonRow)[] = ['name', 'kind', 'version', 'thresholds', 'weights', 'incidents', 'checks', 'penalty'];

/** Throws, naming the row and field, if a row is missing text or two rows share a name. */
export function validateComparisonRows(rows: readonly ComparisonRow[], where: string): void {
  if (rows.length === 0) throw new Error(`${where}: the comparison has no rows.`);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    for (const field of REQUIRED) {
      const value: unknown = row[field];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`${where}: row ${i + 1} (${row.name || 'unnamed'}) has no "${field}".`);
      }
    }
    if (seen.has(row.name)) throw new Error(`${where}: two rows are both named "${row.name}".`);
    seen.add(row.name);
  });
}

/** The figure's accessible description: what the table compares, and the rows in order, in one sentence each part. */
export function comparisonDescription(rows: readonly ComparisonRow[]): string {
  const columns = COMPARISON_COLUMNS.map((c) => c.label.toLowerCase());
  const asList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  return `A table comparing ${rows.length} frameworks and laws: ${asList(rows.map((r) => `${r.name} (${r.kind})`))}. For each it gives ${asList(columns)}. On a narrow screen each row becomes a card with every cell labelled.`;
}
