/**
 * Checks that read the explainer files themselves before the build starts:
 * - two files must never publish at the same URL (Astro would silently keep one);
 * - dates must be real calendar dates. YAML turns 2026-02-30 into 2 March
 *   before the schema sees it, so the raw text is checked here, with its line.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkUniqueSlugs } from '../lib/content-rules.ts';
import { isIsoDate } from '../lib/dates.ts';

const DATE_FIELDS = ['published', 'reviewed'];

interface ExplainerFile {
  file: string;
  slug: string;
  /** Frontmatter lines with their 1-based line numbers. */
  frontmatter: { line: number; text: string }[];
}

export function readExplainerFiles(dir: string, root: string): ExplainerFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/);
      const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
      const frontmatter = lines.slice(1, Math.max(end, 1)).map((text, i) => ({ line: i + 2, text }));
      const declared = frontmatter.map((l) => l.text.match(/^slug:\s*['"]?([^'"\s]+)['"]?\s*$/)?.[1]).find(Boolean);
      return { file: path.relative(root, path.join(dir, f)), slug: declared ?? f.replace(/\.mdx$/, '').replace(/\/index$/, ''), frontmatter };
    });
}

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
