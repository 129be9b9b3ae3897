/**
 * The problems a panel reports: those of the files it reads that touch what it shows. A bad value of one
 * indicator is reported by the panels that show that indicator, not by every panel reading the file. Pure.
 */
import type { DataIssue } from './issue'
import type { DataFileName } from './schema'

/** Files whose items each belong to one indicator; their problems go to the panels showing it. */
const PER_INDICATOR = new Set<string>(['data/indicators.json', 'data/values.json'])

export function issuesOfPanel(
  issues: Readonly<Record<DataFileName, readonly DataIssue[]>>,
  reads: readonly DataFileName[],
  indicators: readonly string[],
): DataIssue[] {
  return reads.flatMap((name) =>
    issues[name].filter((issue) => !PER_INDICATOR.has(issue.file) || issue.subject === undefined || indicators.includes(issue.subject)),
  )
}
