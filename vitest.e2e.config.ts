import { defineConfig } from 'vitest/config'

// Browser tests against the production build (dist/). They share one
// machine's CPU with Chromium, so files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    setupFiles: ['tests/support/installDashboard.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/e2e-results.json' },
  },
})
