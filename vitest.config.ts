import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/support/sequencer.ts';

// Coverage is measured on full runs only: a run of a few files (`npm test -- tests/unit/x.test.ts`) would fall
// below the thresholds by design. File filters are the arguments that are not flags.
const fullRun = !process.argv.slice(2).some((a) => !a.startsWith('-') && a !== 'run');

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
    sequence: { sequencer: LongestFirst },
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
    // The logic in src/lib, by every test that runs it (unit tests first of all). The two modules that read
    // Astro's content collections run only inside a build, which every build test exercises.
    coverage: {
      enabled: fullRun,
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: ['src/lib/explainers.ts', 'src/lib/teaching-kits.ts'],
      reporter: ['text-summary', ['json-summary', { file: 'coverage-summary.json' }]],
      reportsDirectory: 'test-results/coverage',
      thresholds: { statements: 95, branches: 88, functions: 92, lines: 95 },
    },
  },
});
