/**
 * Checks that read the explainer files themselves before the build starts:
 * - two files must never publish at the same URL (Astro would silently keep one);
 * - dates must be real calendar dates. YAML turns 2026-02-30 into 2 March
 *   before the schema sees it, so the raw text is checked here, with its line.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkUniqueSlugs } from '../lib/content-rules.ts';
import { isIsoDate } from '../lib/dates.ts';
import { readExplainerFiles, type ExplainerFile } from '../lib/explainer-files.ts';

const DATE_FIELDS = ['published', 'reviewed'];

export function checkDates(files: readonly ExplainerFile[]): void {
  for (const { file, frontmatter } of files) {
    for (const { line, text } of frontmatter) {
      const m = text.match(/^(\w+):\s*['"]?([^'"#]*?)['"]?\s*(?:#.*)?$/);
      if (!m || !DATE_FIELDS.includes(m[1] as string)) continue;
      if (!isIsoDate(m[2] as string)) {
        throw new AstroError(`${file}:${line}: \`${m[1]}\` is "${m[2]}", not a real calendar date. Write YYYY-MM-DD, e.g. 2026-06-12.`, 'YAML reads 2026-02-30 as 2 March without a word, so dates are checked as written, before the schema sees them.');
      }
    }
  }
}

export function contentChecks(options: { explainersDir: string }): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const files = readExplainerFiles(path.resolve(root, options.explainersDir), root);
        checkUniqueSlugs(files);
        checkDates(files);
      },
    },
  };
}
