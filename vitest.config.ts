import { defineConfig } from 'vitest/config';

// Three layers, one command: unit tests of src/lib; build tests over a dist/
// built once per run (tests/global-setup.ts); browser tests in Chromium
// against that same build, served by `astro preview`.
export default defineConfig({
  test: {
    globalSetup: ['./tests/global-setup.ts'],
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    // Generous limits: a slow CI machine must not turn waiting into failing. Timing is measured by `npm run bench`, never here.
    testTimeout: 300_000,
    expect: { requireAssertions: true, poll: { timeout: 15_000 } },
    hookTimeout: 300_000,
    // Browser and fixture-build tests are heavy; two cores, so keep parallelism modest.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
  },
});
