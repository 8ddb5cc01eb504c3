/**
 * After the build (and after the link check, so other problems are reported
 * first), fails it if an explainer has no teaching kit in content/teaching/.
 * The rule applies when kits are read: not for the benchmark's synthetic
 * explainers (SITE_CONTENT_DIR without SITE_TEACHING_DIR) nor for a build of
 * some explainers only (SITE_EXPLAINERS); see src/lib/teaching.ts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readExplainerFiles } from '../lib/explainer-files.ts';
import { checkEveryExplainerHasKit, teachingDir, teachingPolicy } from '../lib/teaching.ts';

export function teachingCoverage(options: { explainersDir: string }): AstroIntegration {
  // Set from the Astro config root when the config is resolved (never the working directory).
  let root = '';
  return {
    name: 'teaching-coverage',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ logger }) => {
        const dir = teachingDir();
        if (!dir) return;
        const kitsDir = path.resolve(root, dir);
        const kits = new Set(existsSync(kitsDir) ? readdirSync(kitsDir).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')) : []);
        const explainers = readExplainerFiles(path.resolve(root, options.explainersDir), root);
        const problems = checkEveryExplainerHasKit(explainers, kits, teachingPolicy(), path.relative(root, kitsDir).split(path.sep).join('/'));
        if (problems.length) throw new Error(`Explainers without a teaching kit (${problems.length}):\n  ${problems.join('\n  ')}`);
        logger.info(`${kits.size} teaching kits for ${explainers.length} explainers`);
      },
    },
  };
}
