import { defineConfig } from 'vitest/config'

// Browser tests that measure the page's main thread (long tasks): alone, never beside other tests.
// `npx vitest run --config vitest.solo.config.ts` after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/solo/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
