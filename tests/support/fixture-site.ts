/**
 * Copies the project into a temporary folder (sharing node_modules through a
 * symlink), lays a fixture's files over it, and builds it there, so a broken
 * fixture never touches the real content or dist/.
 */
import { cpSync, mkdtempSync, symlinkSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, type BuildResult } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'dist-reports', '.astro']);

export async function buildWithOverlay(overlayDir: string, env: Record<string, string> = {}): Promise<BuildResult & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mse-fixture-'));
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(path.basename(src)) && !src.startsWith(path.join(root, 'tests')),
  });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  if (existsSync(overlayDir)) cpSync(overlayDir, dir, { recursive: true });
  const result = await buildSite({ cwd: dir, env: { SITE_OUT_DIR: path.join(dir, 'dist'), SITE_CACHE_DIR: path.join(dir, '.cache'), ...env } });
  return { ...result, dir };
}

export function removeFixture(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
