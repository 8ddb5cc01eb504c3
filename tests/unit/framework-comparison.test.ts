import { describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, comparisonDescription, validateComparisonRows, type ComparisonRow } from '../../src/lib/framework-comparison.ts';

const row = (over: Partial<ComparisonRow> = {}): ComparisonRow => ({
  name: 'California SB 53',
  kind: 'US state law',
  version: 'In effect 1 Jan 2026',
  thresholds: 'Over 10²⁶ operations',
  weights: 'Describe practices',
  incidents: '15 days',
  checks: 'Attorney General',
  penalty: 'Up to US$1 million',
  ...over,
});

describe('framework comparison rows', () => {
  it('has the five columns in reading order', () => {
    expect(COMPARISON_COLUMNS.map((c) => c.label)).toEqual(['Thresholds', 'Weight security', 'Incident reporting', 'Who checks', 'Penalty']);
  });

  it('accepts complete rows', () => {
    expect(() => validateComparisonRows([row(), row({ name: 'EU AI Act' })], 'here')).not.toThrow();
  });

  it('names the row and field of an empty cell', () => {
    expect(() => validateComparisonRows([row(), row({ name: 'EU AI Act', penalty: '  ' })], 'here')).toThrow('here: row 2 (EU AI Act) has no "penalty".');
  });

  it('rejects an empty table and duplicate names', () => {
    expect(() => validateComparisonRows([], 'here')).toThrow(/no rows/);
    expect(() => validateComparisonRows([row(), row()], 'here')).toThrow(/both named "California SB 53"/);
  });

  it('describes the table: how many rows, which ones, and the five questions', () => {
    const text = comparisonDescription([row(), row({ name: 'EU AI Act', kind: 'EU law' })]);
    expect(text).toBe(
      'A table comparing 2 frameworks and laws: California SB 53 (US state law) and EU AI Act (EU law). For each it gives thresholds, weight security, incident reporting, who checks and penalty. On a narrow screen each row becomes a card with every cell labelled.',
    );
  });
});
