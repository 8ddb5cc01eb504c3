/**
 * Bad content must stop the build loudly. What each check says is proved, fast, by
 * tests/unit/content-checks.test.ts (and the schema and change-log tests); this file proves that every kind of
 * check is wired into `astro build` and stops it: one small fixture site (the fixture's explainers only, not
 * the real ones) per kind, whose output must contain every expected message (file, line where known, and
 * what to fix), plus a good fixture that must build.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWithOverlay, removeFixture } from '../support/fixture-site.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/bad-content');
const good = path.resolve(import.meta.dirname, '../fixtures/good-site');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<string, string[]>;
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** One build per place a check runs in the build, each with fixtures that fail there. */
const WIRING: Record<string, string[]> = {
  'an MDX check (Sätteri plugin, while Vite compiles)': ['misquote'],
  'the schema (content sync)': ['missing-field'],
  'a check before the build (astro:config:setup)': ['duplicate-slug'],
  'a cross-entry rule (while pages are listed)': ['unknown-related'],
  'the link checker (astro:build:done), two broken links at once': ['broken-link', 'broken-anchor'],
};
/** Fixtures whose message is proved by a unit test, the same check as a wired one above. */
const UNIT: Record<string, string> = {
  'unknown-source': 'tests/unit/content-checks.test.ts',
  'unknown-term': 'tests/unit/content-checks.test.ts',
  'invalid-date': 'tests/unit/content-checks.test.ts',
  'wrong-type': 'tests/unit/schemas.test.ts',
};
/** Fixtures built by the test file of the feature they break. */
const ELSEWHERE: Record<string, string> = {
  'conflicting-status': 'tests/build/quote-status-consistency.test.ts',
  'change-bad-entry': 'tests/build/changes.test.ts',
  'change-before-published': 'tests/build/changes.test.ts',
  'change-unknown-section': 'tests/build/changes.test.ts',
  'timeline-out-of-order': 'tests/build/case-timeline.test.ts',
};

describe('bad content stops the build', () => {
  it('every bad-content fixture is proved somewhere', () => {
    const wired = Object.values(WIRING).flat();
    for (const name of readdirSync(fixtures).filter((f) => f !== 'expected.json')) {
      expect(wired.includes(name) || name in UNIT || name in ELSEWHERE, `${name}: wire it into a build here or prove its message in a unit test`).toBe(true);
    }
    for (const name of [...wired, ...Object.keys(UNIT)]) expect(expected[name], `${name} in expected.json`).toBeDefined();
  });

  it.each(Object.entries(WIRING))('%s', async (_where, names) => {
    const result = await buildWithOverlay(names.map((n) => path.join(fixtures, n)), {}, { small: true });
    try {
      const output = plain(result.output);
      expect(result.code, `the build of ${names.join(' + ')} should fail`).not.toBe(0);
      for (const message of names.flatMap((n) => expected[n]!)) expect(output).toContain(message);
    } finally {
      removeFixture(result.dir);
    }
  });

  it('a good page is not mistaken for a failure (control: quote, term, note, code, section link)', async () => {
    const result = await buildWithOverlay(good, {}, { small: true });
    try {
      expect(plain(result.output)).not.toMatch(/quotation not found|unknown source|Broken internal links/);
      expect(result.code, plain(result.output).slice(-2000)).toBe(0);
    } finally {
      removeFixture(result.dir);
    }
  });
});
