import { defineConfig } from 'vitest/config'

// Browser tests against the production build (dist/). Each file launches its own Chromium (its own
// throwaway profile), serves the build on a free port and keeps its copies of data and of the portable file
// in temporary folders, so files share no state: they run two at a time, one per core. The files that
// measure time run afterwards, one at a time, so another file's browser cannot skew them (while they run
// the other core idles: only what a busy neighbour would skew belongs here). screen-lifecycle counts DOM
// nodes, listeners, charts and the heap after forced garbage collection of its own page, which another
// browser process does not change: it runs with the rest.
const MEASURING = [
  'tests/e2e/filter-speed.e2e.test.ts', // the sector filter applied within a time limit
  'tests/e2e/workbook-long-tasks.e2e.test.ts', // no main-thread task over 200 ms while a workbook is read
]

const shared = {
  environment: 'node' as const,
  setupFiles: ['tests/support/everyTestAsserts.ts', 'tests/support/installDashboard.ts'],
  testTimeout: 120_000,
  hookTimeout: 180_000,
}

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/e2e-results.json' },
    projects: [
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: MEASURING,
          // The portable file the tests open carries the small fixture (the measuring files open none).
          globalSetup: ['tests/support/portableFixtureBuild.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'e2e-measuring',
          include: MEASURING,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
