/** Runs `astro build` with the project's pinned Node, returning its exit code and output. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
  code: number;
  output: string;
}

export function buildSite(options: { cwd: string; env?: Record<string, string> }): Promise<BuildResult> {
  const astro = path.join(options.cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Vitest puts Vite's import.meta.env values (BASE_URL, MODE…) into process.env; a build must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key) && !key.startsWith('VITEST')),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: options.cwd,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
