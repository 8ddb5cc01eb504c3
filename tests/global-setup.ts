/**
 * Builds the real site once per test run into dist/ (or SITE_OUT_DIR), and,
 * at the same time, under a base path (/model-security/) into dist-base/, and
 * shares both locations with every test file. Unit-only runs
 * (`vitest run tests/unit`) skip the builds; REUSE_DIST=1 reuses earlier ones.
 */
import type { TestProject } from 'vitest/node';
import path from 'node:path';
import { buildSite } from './support/build-site.ts';

export const BASE_PATH = '/model-security/';

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '..');
  const distDir = path.resolve(root, process.env['SITE_OUT_DIR'] ?? 'dist');
  const baseDistDir = `${distDir}-base`;
  project.provide('distDir', distDir);
  project.provide('baseDistDir', baseDistDir);
  project.provide('basePath', BASE_PATH);
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && !['run', 'watch'].includes(a));
  if (filters.length > 0 && filters.every((a) => a.includes('tests/unit'))) return;
  if (process.env['REUSE_DIST'] === '1') return;
  const started = Date.now();
  // Both at once: each build is mostly one thread, and they share nothing but the sources (separate output,
  // cache and prerender folders), so on two cores this takes about the time of one.
  const [result, based] = await Promise.all([
    buildSite({ cwd: root, env: { SITE_OUT_DIR: distDir } }),
    buildSite({
      cwd: root,
      env: { SITE_OUT_DIR: baseDistDir, SITE_BASE: BASE_PATH, SITE_CACHE_DIR: path.join(root, 'node_modules', '.astro-base') },
    }),
  ]);
  if (result.code !== 0) throw new Error(`The site failed to build, so build and browser tests cannot run:\n${result.output}`);
  if (based.code !== 0) throw new Error(`The site failed to build under the base path ${BASE_PATH}:\n${based.output}`);
  console.log(`Built the site (and again under ${BASE_PATH}) for tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    baseDistDir: string;
    basePath: string;
  }
}
