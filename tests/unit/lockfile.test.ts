/** `npm ci` needs every optional platform package in the lock; see .ci/complete-lockfile.mjs for why. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('package-lock.json', () => {
  it('lists every optional platform package, so npm ci accepts it', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const result = spawnSync(process.execPath, ['.ci/complete-lockfile.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });
});
