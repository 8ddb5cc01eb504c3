/**
 * Which test files start first. Two workers share the suite, so the wall time is least when the longest files
 * start first and the short ones fill in at the end. Vitest knows each file's last duration only from its cache
 * (node_modules/.vite, gone on a fresh `npm ci`, as in CI); without it, it starts the largest files first, which put
 * a one-minute browser file at the end of the run. So: the cached durations when every file has one, and
 * otherwise a rough order by kind (browser files, then build files, then unit tests), the known long files first.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files known to take longest (about 30 s or more on two cores), longest first. A hint: a missing name only costs balance. */
const LONG = [
  'tests/e2e/search.test.ts',
  'tests/e2e/gates-desktop.test.ts',
  'tests/e2e/gates-phone.test.ts',
  'tests/e2e/reader-experience.test.ts',
  'tests/e2e/gates.test.ts',
  'tests/build/bad-content.test.ts',
  'tests/e2e/teaching.test.ts',
  'tests/e2e/reader.test.ts',
  'tests/build/typecheck.test.ts',
  'tests/e2e/figures-legibility.test.ts',
  'tests/build/teaching-bad-kits.test.ts',
];
const LAYER = ['tests/e2e/', 'tests/build/', 'tests/unit/'];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (f: TestSpecification) => `${f.project.name}:${path.relative(root, f.moduleId)}`;
    if (files.every((f) => this.ctx.cache.getFileTestResults(key(f)))) return super.sort(files);
    const rank = (f: TestSpecification) => {
      const rel = path.relative(root, f.moduleId).split(path.sep).join('/');
      const long = LONG.indexOf(rel);
      if (long >= 0) return long;
      const layer = LAYER.findIndex((l) => rel.startsWith(l));
      return LONG.length + (layer < 0 ? LAYER.length : layer);
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || (this.ctx.cache.getFileStats(key(b))?.size ?? 0) - (this.ctx.cache.getFileStats(key(a))?.size ?? 0));
  }
}
