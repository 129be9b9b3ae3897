/**
 * Where the print code, once fetched, registers itself, and the print choices (paper, one panel or one
 * page per sheet, current page or all) that the 打印 dialog sets and Ctrl+P reuses. In the first load;
 * imports nothing, so the lazily loaded print code can import it without pulling the app apart.
 */
import type { PrintSettings } from './sheets'

export interface PrintView {
  /** The sheets of what is on screen now (printState); the number of sheets, 0 before the data is read. */
  buildNow(settings: PrintSettings): number
  remove(): void
}

export const printRegistry: { view?: PrintView; settings: PrintSettings } = {
  settings: { paper: 'A4', per: 'page', scope: 'current' },
}
