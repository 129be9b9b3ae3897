// Types for scripts/chromium.mjs, so TypeScript tests can import it whether or not their tsconfig
// enables allowJs. Keep in sync with the JSDoc there.

/** The system Chromium, or CHROMIUM_PATH. */
export const CHROMIUM_PATH: string
/** Flags for a quiet headless Chromium (no sandbox, nothing that calls home). */
export const CHROMIUM_ARGS: string[]
