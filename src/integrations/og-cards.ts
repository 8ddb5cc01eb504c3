/**
 * Starts drawing every explainer's Open Graph card when the build starts,
 * from the frontmatter, so the cards are drawn on a worker while Vite compiles
 * the pages, instead of holding up the page phase at the end (in a 1,000-page
 * build that saved about 10 s). Purely an early start:
 * a page whose card was not drawn ahead draws its own, so a frontmatter this
 * reader cannot parse costs time, never correctness. dist-reports/og-cards.json
 * records, per output folder, how many cards were ready ahead, so a test
 * notices if that stops.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readExplainerFiles } from './content-checks.ts';
import { drawOgCardsAhead, ogCardCounts } from './og-render-pool.ts';
import { explainerOgSvg } from '../lib/og-image.ts';
import { TOPIC_IDS, type TopicId } from '../lib/topics.ts';

/** The card of each explainer whose frontmatter has what a card shows; the schema reports the rest. */
export function cardsFromFrontmatter(explainersDir: string, root: string, host: string): string[] {
  const cards: string[] = [];
  for (const { frontmatter } of readExplainerFiles(explainersDir, root)) {
    try {
      const data = parse(frontmatter.map((l) => l.text).join('\n')) as Record<string, unknown> | null;
      const { title, description, topic } = data ?? {};
      if (typeof title !== 'string' || typeof description !== 'string' || !TOPIC_IDS.includes(topic as TopicId)) continue;
      cards.push(explainerOgSvg({ title, description, topic: topic as TopicId }, host));
    } catch {
      // Not valid YAML: the content collection will stop the build with the file and line.
    }
  }
  return cards;
}

export function ogCards(options: { explainersDir: string }): AstroIntegration {
  let root = '';
  let host = '';
  return {
    name: 'og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:start': () => {
        drawOgCardsAhead(cardsFromFrontmatter(path.resolve(root, options.explainersDir), root, host));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const counts = ogCardCounts();
        // One entry per output folder, so a benchmark or base-path build does not overwrite the main build's.
        const report = path.join(root, 'dist-reports', 'og-cards.json');
        await mkdir(path.dirname(report), { recursive: true });
        const entries = existsSync(report) ? (JSON.parse(await readFile(report, 'utf8')) as Record<string, unknown>) : {};
        entries[path.relative(root, fileURLToPath(dir)) || '.'] = counts;
        await writeFile(report, `${JSON.stringify(entries, null, 2)}\n`);
        logger.fork('og-cards').info(`${counts.ahead} Open Graph cards drawn ahead of their pages, ${counts.late} drawn late`);
      },
    },
  };
}
