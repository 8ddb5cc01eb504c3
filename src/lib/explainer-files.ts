/**
 * The explainer files as written, before the content layer reads them: each file's path from the config root,
 * its slug, and its frontmatter lines with their line numbers. For the checks that must see the raw text
 * (src/integrations/content-checks.ts), and for the processes that need the frontmatter early (the Open Graph
 * card worker) without loading Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ExplainerFile {
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
