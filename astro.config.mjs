// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { markdownPipeline } from './src/integrations/markdown/index.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { pageStyles } from './src/integrations/page-styles.ts';
import { figureScripts } from './src/integrations/figure-scripts.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { teachingCoverage } from './src/integrations/teaching-coverage.ts';

// The inline scripts Astro does not hash itself (they must run before paint): hash their exact bytes here.
// theme-init applies the saved theme; toc-init opens the contents list on wide screens.
const inlineScriptHashes = ['theme-init.js', 'toc-init.js'].map((file) => {
  const code = readFileSync(new URL(`./src/components/${file}`, import.meta.url), 'utf8');
  return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(code).digest('base64')}`);
});

// Astro's usage telemetry is off for this project, as the site makes no request beyond its own origin: it
// would send a request to a third party on every command and run git to describe the project (Astro reads
// this variable after loading the config). A reader can still set the variable themselves.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// SITE_BASE lets the same source deploy at a sub-path (GitHub Pages) and lets the
// tests prove it; SITE_OUT_DIR lets tests build fixtures without touching dist/.
const base = process.env.SITE_BASE ?? '/';
// The project root, from this file's own place (never the working directory).
const root = fileURLToPath(new URL('.', import.meta.url));
const explainersDir = process.env.SITE_CONTENT_DIR ?? './content/explainers';
// The Markdown/MDX processor, and its integration (which starts highlighting the code blocks with the build).
const markdown = markdownPipeline({
  root,
  explainersDir,
  base,
  footnotes: {
    label: 'Notes and sources',
    // Back-links show only the arrow: a visible number beside it ("↩2") would not match the accessible name (WCAG 2.5.3).
    backContent: () => '↩',
    backLabel: (note, use) => `Back to note ${note} in the text${use > 1 ? ` (use ${use})` : ''}`,
  },
});

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://model-security-explained.example.org',
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  // Four pages rendered at a time: a page's waits (its content entry, files) overlap another's work, which
  // shortened rendering by about a fifth; pages come out byte for byte the same.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // Highlighting is one of the processor's own plugins (src/integrations/markdown/highlight.ts): Shiki with
    // class names, coloured by src/styles/code.css, so no inline styles.
    syntaxHighlight: false,
    processor: markdown.processor,
  },
  // Content-security policy: Astro hashes every inline script and style it renders. Scripts may also come
  // from this origin only (Pagefind's bundle), and Pagefind needs WebAssembly. No 'unsafe-inline' for scripts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      // Styles only from the site's own stylesheet files: no page carries a style attribute or <style>.
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The enhancement script (~5 KB) is inlined so pages request no script file before interaction.
  vite: { build: { assetsInlineLimit: 8192 } },
  // mdx optimize: static HTML in each page compiles to one string instead of a tree of JSX calls (a faster build).
  // Each integration reads only the built pages and its own inputs, so none depends on another's order; the two
  // that rewrite pages touch different parts (pageStyles the stylesheet link, securityHeaders the CSP <meta>).
  // pagefindIndex and ogCards are last only for speed: each starts when the pages exist (build:generated, pagefind
  // once it has written the copies of the pages it indexes) and waits for its work in build:done, so the hooks before them run meanwhile.
  integrations: [markdown.integration, contentChecks({ explainersDir }), mdx({ optimize: true }), sitemap(), figureScripts(), pageStyles(), securityHeaders(), linkCheck({ explainersDir }), teachingCoverage({ explainersDir }), pagefindIndex(), ogCards({ explainersDir })],
});
