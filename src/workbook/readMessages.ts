/** What the page and the workbook-reading worker (readWorker.ts) say to each other. */
import type { WorkbookCheck } from './check'
import type { ReadStep } from './xlsx'

export interface ReadRequest {
  file: Blob
  /** exceljs's script, when the worker does not already hold it. */
  excelUrl?: string
}

export type ReadReply =
  | { kind: 'step'; step: ReadStep | { step: 'check' } }
  | { kind: 'done'; check: WorkbookCheck }
  | { kind: 'refused' | 'failed'; message: string }
