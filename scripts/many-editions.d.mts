// Types for scripts/many-editions.mjs, so TypeScript tests can import it. Keep in sync with the JSDoc there.

export interface GeneratedEdition {
  id: string
  name: string
  year: number
  month: number
  asOf: string
  title: string
  source: string
}

/** The editions, oldest first: `count` months ending 2022-12. */
export function monthlyEditions(count: number): GeneratedEdition[]

/**
 * Writes a data folder of `count` monthly editions (fictional figures) and returns its path; `projects`:
 * that many generated projects besides the fixture's.
 */
export function writeManyEditions(count: number, out?: string, options?: { projects?: number }): string
