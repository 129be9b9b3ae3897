// @ts-check
/**
 * How the browser tests (tests/support/browser.ts) and the benchmark (scripts/bench.mjs) start Chromium:
 * the system browser, headless, the same flags for both so their figures describe the same browser.
 */

/** The system Chromium, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * --no-sandbox: CI runs as root. The rest keep Chromium from calling home, which would show up as noise
 * (and there is no network anyway).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
