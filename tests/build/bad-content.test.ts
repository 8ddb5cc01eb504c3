/**
 * Bad content must stop the build loudly. Each fixture in
 * tests/fixtures/bad-content/<case>/ is laid over a temporary copy of the site;
 * the build must fail, and its output must contain every expected message
 * (file, line where known, and what to fix).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildWithOverlay, removeFixture } from '../support/fixture-site.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/bad-content');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as Record<string, string[]>;
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('bad content stops the build', () => {
  it.each(Object.entries(expected))('%s', async (name, messages) => {
    const result = await buildWithOverlay(path.join(fixtures, name));
    try {
      const output = plain(result.output);
      expect(result.code, `the build of fixture "${name}" should fail`).not.toBe(0);
      for (const message of messages) expect(output).toContain(message);
    } finally {
      removeFixture(result.dir);
    }
  });

  it('a good build is not mistaken for a failure (control)', async () => {
    const result = await buildWithOverlay(path.join(fixtures, 'no-such-overlay'));
    try {
      expect(plain(result.output)).not.toMatch(/quotation not found|unknown source|Broken internal links/);
      expect(result.code, plain(result.output).slice(-2000)).toBe(0);
    } finally {
      removeFixture(result.dir);
    }
  });
});
