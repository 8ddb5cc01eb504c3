/**
 * The Markdown/MDX processor: Astro's Sätteri (parsing and compiling in Rust)
 * with the project's plugins in JavaScript. It replaced a remark/rehype
 * pipeline that took most of the build's time.
 * - mdast: content checks (quotes against seeds, terms against the glossary);
 * - hast: code highlighting, heading ids and section links, tidy footnotes, base-path links;
 * - native: GFM footnotes with the site's labels, typographic quotes and dashes.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { contentChecksPlugin } from './content-checks.ts';
import { highlighting } from './highlight.ts';
import { headingLinksPlugin } from './heading-links.ts';
import { baseLinksPlugin } from './base-links.ts';
import { footnotesPlugins } from './footnotes.ts';

export interface MarkdownOptions {
  /** The Astro config root (a path): files are named, and seeds and glossary read, from here. */
  root: string;
  /** The explainers' folder, from `root`: its code blocks are highlighted ahead in a build. */
  explainersDir: string;
  /** The site's base path, prefixed to root-relative links. */
  base: string;
  /** GFM footnote labels (the lead's choices; see astro.config.mjs). */
  footnotes: { label: string; backContent: (note: number, use: number) => string; backLabel: (note: number, use: number) => string };
}

/**
 * The processor for `markdown.processor`, and the integration to list with the others, which in `astro build`
 * has the highlighting worker start on the explainers' code blocks as soon as the config is read.
 */
export function markdownPipeline(options: MarkdownOptions): { processor: ReturnType<typeof satteri>; integration: AstroIntegration } {
  const highlight = highlighting(path.join(options.root, 'src', 'integrations', 'markdown', 'highlight-worker.ts'));
  const processor = satteri({
    mdastPlugins: [contentChecksPlugin(options.root)],
    hastPlugins: [highlight.plugin, headingLinksPlugin(), ...footnotesPlugins(), baseLinksPlugin(options.base)],
    features: {
      gfm: { footnotes: options.footnotes },
      // Quotes and dashes, as the old rehype-typography did; "..." stays as written.
      smartPunctuation: { quotes: true, dashes: true, ellipses: false },
    },
  });
  const integration: AstroIntegration = {
    name: 'markdown-highlighting',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') highlight.prefill(path.resolve(options.root, options.explainersDir));
      },
    },
  };
  return { processor, integration };
}
