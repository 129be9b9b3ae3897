// Types for scripts/data-journal.mjs (kept in sync with its JSDoc).
export declare const JOURNAL: string
export declare const STAGING_PREFIX: string
export interface Journal {
  version: 1
  staging: string
  place: string[]
  remove: string[]
}
export declare function rollForward(folder: string, journal: Journal): void
export declare function recoverFolder(folder: string): 'forward' | 'back' | undefined
export declare function recoveryNote(folder: string, recovered: 'forward' | 'back' | undefined): string | undefined
