/**
 * A bad teaching kit must stop the build, naming the kit file and what to fix.
 * Each case in tests/fixtures/bad-teaching/<case>/ is a small fixture site, as
 * in tests/build/bad-content.test.ts: its own explainer only, with its kits in
 * content/teaching-fixture/ (SITE_TEACHING_DIR), so the rules about the whole
 * set (a kit for every explainer, no kit without one) apply to the fixture.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWithOverlay, removeFixture } from '../support/fixture-site.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/bad-teaching');
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const expected: Record<string, string[]> = {
  // Schema: checked when content loads.
  'kit-schema': [
    'teaching → kit-fixture',
    'content/teaching-fixture/kit-fixture.yaml',
    'No correct option: add `answer:` with the exact text of the right option.',
    'The answer is not among the options: copy it exactly from `options`',
  ],
  // Across files: checked against the explainers and their built headings.
  'kit-links': [
    'content/teaching-fixture/kit-fixture.yaml: quiz[2].section links "#no-such-section", which is not a section or figure of /explainers/kit-fixture/.',
    'content/teaching-fixture/kit-fixture.yaml: `answerGuidance` has 3 entries but the explainer has 4 discussion questions.',
    'content/teaching-fixture/kit-fixture.yaml: the lesson steps add up to 30 minutes but `lessonMinutes` is 35. Make them agree.',
    'content/teaching-fixture/no-such-explainer.yaml: a teaching kit for "no-such-explainer", which is not an explainer.',
  ],
  // Coverage: after the build, every explainer needs a kit.
  'no-kit': ['content/explainers/kit-fixture.mdx: this explainer has no teaching kit. Add content/teaching-fixture/kit-fixture.yaml'],
};

describe('a bad teaching kit stops the build', () => {
  it.each(Object.entries(expected))('%s', async (name, messages) => {
    const result = await buildWithOverlay(path.join(fixtures, name), { SITE_TEACHING_DIR: './content/teaching-fixture' }, { small: true });
    try {
      const output = plain(result.output);
      expect(result.code, `the build of fixture "${name}" should fail`).not.toBe(0);
      for (const message of messages) expect(output, output.slice(-3000)).toContain(message);
    } finally {
      removeFixture(result.dir);
    }
  });
});
