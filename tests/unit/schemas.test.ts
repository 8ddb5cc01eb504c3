/**
 * The content schemas (src/schemas/) on their own, with safeParse: every real file passes, and the
 * bad-content fixtures fail on the field they break, with the message authors see.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { explainerSchema } from '../../src/schemas/explainer.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';

const root = path.resolve(import.meta.dirname, '../..');
const frontmatter = (file: string) => parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const fixture = (name: string) => {
  const dir = path.join(root, 'tests/fixtures/bad-content', name, 'content/explainers');
  return frontmatter(path.join(dir, readdirSync(dir)[0]!));
};
/** Each issue as "path: message", as Astro lists them under the file. */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('explainer schema', () => {
  it('accepts every real explainer', () => {
    const dir = path.join(root, 'content/explainers');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const result = explainerSchema.safeParse(frontmatter(path.join(dir, f)));
      expect(issues(result), f).toEqual([]);
    }
  });

  it('names a missing required field', () => {
    expect(issues(explainerSchema.safeParse(fixture('missing-field')))).toMatchInlineSnapshot(`
      [
        "title: Invalid input: expected string, received undefined",
      ]
    `);
  });

  it('names a field of the wrong type', () => {
    expect(issues(explainerSchema.safeParse(fixture('wrong-type')))).toMatchInlineSnapshot(`
      [
        "order: Invalid input: expected number, received string",
      ]
    `);
  });

  it('rejects an impossible date, a review before publication and a change dated before the page', () => {
    const good = frontmatter(path.join(root, 'tests/fixtures/good-site/content/explainers/good-fixture.mdx'));
    expect(issues(explainerSchema.safeParse({ ...good, published: '2026-02-30' }))).toMatchInlineSnapshot(`
      [
        "published: Not a real calendar date: write YYYY-MM-DD, e.g. 2026-06-12.",
      ]
    `);
    expect(issues(explainerSchema.safeParse({ ...good, published: '2026-06-03' }))).toMatchInlineSnapshot(`
      [
        "reviewed: \`reviewed\` must be on or after \`published\`.",
      ]
    `);
    expect(issues(explainerSchema.safeParse({ ...good, changes: [{ date: '2026-05-01', kind: 'correction', summary: 'A sentence saying what changed and why.' }] }))).toMatchInlineSnapshot(`
      [
        "changes.0.date: This change is dated 2026-05-01, before the page was first published (2026-06-01). A change must be on or after \`published\`.",
      ]
    `);
  });
});

describe('glossary and timeline schemas', () => {
  it('accept every real glossary entry and timeline', () => {
    for (const [dir, schema] of [['content/glossary', glossarySchema], ['content/timelines', timelineSchema]] as const) {
      for (const f of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.yaml'))) {
        expect(issues(schema.safeParse(parseYaml(readFileSync(path.join(root, dir, f), 'utf8')))), f).toEqual([]);
      }
    }
  });

  it('reject a definition too short to help, and events out of order', () => {
    expect(issues(glossarySchema.safeParse({ term: 'X', definition: 'Short.' }))).toMatchInlineSnapshot(`
      [
        "term: Too small: expected string to have >=2 characters",
        "definition: Too small: expected string to have >=30 characters",
      ]
    `);
    const events = [{ date: '2026-06-12', label: 'A later event in the story.' }, { date: '2026-06-01', label: 'An earlier event, listed second.' }];
    expect(issues(timelineSchema.safeParse({ title: 'A timeline out of order', events }))).toMatchInlineSnapshot(`
      [
        "events.1.date: Events out of order: 2026-06-12 (event 1) comes before 2026-06-01 (event 2). List events oldest first.",
      ]
    `);
  });
});
