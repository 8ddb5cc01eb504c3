/**
 * Every built page passes html-validate's recommended preset with zero errors.
 * One rule is off, in .htmlvalidate.json: no-inline-style, because the
 * explainer layout sets --print-origin in a style attribute (code is coloured
 * by class, src/styles/code.css).
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import path from 'node:path';
import { allPages, distDir, pageFile } from '../support/dist.ts';

describe('HTML validity', () => {
  it('every page passes html-validate (recommended preset)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of allPages()) {
      const file = pageFile(page);
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page} (${path.relative(distDir(), file)}:${m.line}:${m.column}) ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems, `Fix these in the component or content that writes them:\n${problems.join('\n')}`).toEqual([]);
  });
});
