/**
 * The Web Worker that reads a chosen workbook, off the page's thread: a thin wrapper around the reading
 * (xlsx.ts readWorkbook, with its byte and row limits) and the checks (check.ts), reporting each step.
 * exceljs is its plain script: already in the worker's code in the portable page (a blob: worker made of
 * both), else loaded from the URL it is sent. Cancelling is the page terminating the worker.
 */
import { checkWorkbook } from './check'
import { readWorkbook, type ExcelModule } from './xlsx'
import type { ReadReply, ReadRequest } from './readMessages'

// Typed by hand: the app's TypeScript has the DOM's globals, not the worker's.
const scope = self as unknown as {
  ExcelJS?: ExcelModule
  importScripts(...urls: string[]): void
  postMessage(message: ReadReply): void
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null
}

scope.onmessage = (event) => void read(event.data)

async function read(request: ReadRequest): Promise<void> {
  try {
    // exceljs (about 1 MB of script) is loaded when first used, after the parts passed their limits: a
    // hostile file is refused without it.
    const excel: ExcelModule = {
      get Workbook() {
        if (!scope.ExcelJS && request.excelUrl) scope.importScripts(request.excelUrl)
        if (!scope.ExcelJS) throw new Error('表格组件未能载入')
        return scope.ExcelJS.Workbook
      },
    }
    const bytes = new Uint8Array(await request.file.arrayBuffer())
    const cells = await readWorkbook(excel, bytes, (step) => scope.postMessage({ kind: 'step', step }))
    scope.postMessage({ kind: 'step', step: { step: 'check' } })
    scope.postMessage({ kind: 'done', check: checkWorkbook(cells) })
  } catch (error) {
    const refused = error instanceof Error && error.name === 'WorkbookFileError'
    scope.postMessage({ kind: refused ? 'refused' : 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
