/** `npm run check` (astro check: TypeScript strictest over .astro, .ts and content) reports no errors. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('types', () => {
  it('astro check reports 0 errors', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'check', '--yes'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      input: '',
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toMatch(/- 0 errors/);
    expect(result.status, output.slice(-3000)).toBe(0);
  });
});
