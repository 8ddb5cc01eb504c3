/**
 * Copies the project into a temporary folder (sharing node_modules through a
 * symlink), lays one or more fixtures' files over it, and builds it there, so a broken
 * fixture never touches the real content or dist/.
 *
 * `small: true` leaves the real explainers out of the copy, so the fixture's
 * own pages are the only explainers: a site of a handful of pages that builds
 * in a fraction of the time. Use it unless the fixture needs the real pages
 * (for example, to conflict with one of them).
 */
import { cpSync, mkdtempSync, symlinkSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, type BuildResult } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'dist-reports', '.astro']);

export async function buildWithOverlay(overlay: string | readonly string[], env: Record<string, string> = {}, options: { small?: boolean } = {}): Promise<BuildResult & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mse-fixture-'));
  const explainers = path.join(root, 'content', 'explainers');
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(path.basename(src)) && !src.startsWith(path.join(root, 'tests')) && !(options.small && src.startsWith(`${explainers}${path.sep}`)),
  });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  for (const overlayDir of typeof overlay === 'string' ? [overlay] : overlay) if (existsSync(overlayDir)) cpSync(overlayDir, dir, { recursive: true });
  // A small site builds some explainers only (SITE_EXPLAINERS), so the rules about the whole set (a teaching
  // kit for every explainer) do not apply to it.
  const small = options.small ? { SITE_EXPLAINERS: '**/*.mdx' } : {};
  const result = await buildSite({ cwd: dir, env: { SITE_OUT_DIR: path.join(dir, 'dist'), SITE_CACHE_DIR: path.join(dir, '.cache'), ...small, ...env } });
  return { ...result, dir };
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
