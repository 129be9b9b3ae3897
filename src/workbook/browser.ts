/**
 * The workbook in the browser, loaded on demand (only when 数据维护 opens or a table is downloaded):
 * exceljs's browser build without polyfills (dist/exceljs.bare.min.js; Chromium 87 has what they add,
 * and it runs under the page's CSP: no eval), and fflate for the ZIP of data files. Nothing is sent
 * anywhere: files are read from the picker and saved through a blob URL.
 */
// The file's URL only: Vite copies it to assets/ with a hashed name; nothing of it is bundled.
import EXCELJS_URL from 'exceljs/dist/exceljs.bare.min.js?url'
import { type DataFileName, type DataFiles } from '../data/schema'
import { splitFolder } from '../data/split'
import type { WorkbookCheck } from './check'
import { MAX_FILE_BYTES } from './guard'
import { WorkbookFileError } from './issue'
import { blankBookRows, toBookRows } from './toBook'
import { tableCsv, tableSheetRows, type TableFile } from './tableFile'

export { tableFile, tableFileName } from './tableFile'
import { writeTableWorkbook, writeWorkbook, type ExcelModule } from './xlsx'
import { classicScript, lazyScriptText } from '../portable/lazyScript'
import { READ_WORKER_BLOCK } from '../platform/marks'
import type { ReadReply, ReadRequest } from './readMessages'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * exceljs, fetched once, as the plain script it is built as (a UMD file setting window.ExcelJS): bundled as
 * a CommonJS module it would pull the bundler's runtime helpers out of the first-load chunk.
 */
export const loadExcel = classicScript<ExcelModule>({
  lazy: 'exceljs',
  url: EXCELJS_URL,
  read: () => (window as { ExcelJS?: ExcelModule }).ExcelJS,
  notReady: '表格组件未能初始化',
  notLoaded: '表格组件未能载入',
})

/** Saves bytes as a file through an <a download> and a blob URL, released once the download has started. */
export function saveFile(data: Uint8Array | string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }))
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The workbook of the loaded data, or a blank one. */
export async function workbookBytes(files: DataFiles | undefined): Promise<Uint8Array> {
  return writeWorkbook(await loadExcel(), files ? toBookRows(files) : blankBookRows())
}

/** A workbook being read in its worker: the outcome, and a way to stop it. */
export interface ReadTask {
  result: Promise<WorkbookCheck>
  cancel(): void
}

/** The reading worker: from this site's files, or in the portable page a blob: worker of its lazy blocks. */
function startReadWorker(): { worker: Worker; excelUrl?: string; release(): void } {
  const excel = lazyScriptText('exceljs')
  const code = lazyScriptText(READ_WORKER_BLOCK)
  if (excel !== undefined && code !== undefined) {
    const url = URL.createObjectURL(new Blob([excel, '\n;\n', code], { type: 'text/javascript' }))
    return { worker: new Worker(url), release: () => URL.revokeObjectURL(url) }
  }
  return { worker: new Worker(new URL('./readWorker.ts', import.meta.url)), excelUrl: new URL(EXCELJS_URL, document.baseURI).href, release: () => {} }
}

/**
 * A chosen or dropped file read and checked whole in a Web Worker (the page stays responsive; `onStep`
 * hears how far it is); refused (WorkbookFileError) when it is too big or cannot be read. Cancelling
 * ends the worker and rejects with a WorkbookCancelled error.
 */
export function checkFile(file: File, onStep: (step: ReadReply & { kind: 'step' }) => void = () => {}): ReadTask {
  if (file.size > MAX_FILE_BYTES) {
    const result = Promise.reject(new WorkbookFileError(`文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），工作簿不能超过 10 MB，未读取`))
    return { result, cancel: () => {} }
  }
  const { worker, excelUrl, release } = startReadWorker()
  let stop: (error: Error) => void = () => {}
  const end = () => {
    worker.terminate()
    release()
  }
  const result = new Promise<WorkbookCheck>((resolve, reject) => {
    stop = reject
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data
      if (reply.kind === 'step') return onStep(reply)
      // Reading ends here; showing its outcome (the preview, the issue table) starts in a task of its own,
      // marked for devtools and the long-task test.
      performance.mark('yongan:workbook-read')
      end()
      setTimeout(() => {
        if (reply.kind === 'done') resolve(reply.check)
        else reject(reply.kind === 'refused' ? new WorkbookFileError(reply.message) : new Error(reply.message))
      })
    }
    worker.onerror = (event) => {
      end()
      reject(new Error(event.message || '读取工作簿的后台任务未能运行'))
    }
  })
  const request: ReadRequest = { file, excelUrl }
  worker.postMessage(request)
  return {
    result,
    cancel: () => {
      end()
      stop(Object.assign(new Error('已取消读取'), { name: 'WorkbookCancelled' }))
    },
  }
}

/** Where the files go, in the ZIP beside them; titled with the dashboard's title from meta.json. */
export const placementNote = (title: string): string =>
  [
    `${title} · 数据文件`,
    '',
    '把 data 文件夹中的全部文件（values.json、values 文件夹和其余 .json 文件）复制到服务器上看板所在目录的 data 文件夹（与 index.html 同级），替换原有文件。',
    '替换前请先备份原来的 data 文件夹。无需重新构建；刷新页面即可看到新数据（放映模式会在下次定时读取时更新）。',
    '也可以在源代码目录中运行 npm run check:data -- <解压后的 data 文件夹> 再次检查。',
    '',
  ].join('\r\n')

function titleOfMeta(metaJson: string | undefined): string {
  try {
    const title = (JSON.parse(metaJson ?? '') as { title?: unknown }).title
    return typeof title === 'string' && title ? title : '经济运行看板'
  } catch {
    return '经济运行看板'
  }
}

/**
 * The data files as a ZIP, in the split form (src/data/split.ts: values.json the index, values/<year>.json and the
 * rest), and a note on where to put them (names kept by Info-ZIP unzip too).
 */
export async function dataFilesZip(texts: Partial<Record<DataFileName, string>>): Promise<Uint8Array> {
  const { zipDeflate, utf8WithBom } = await import('../export/zip')
  const encoder = new TextEncoder()
  return zipDeflate([
    { name: '放置说明.txt', data: utf8WithBom(placementNote(titleOfMeta(texts['meta.json']))) },
    ...Object.entries(splitFolder(texts)).map(([name, text]) => ({ name: `data/${name}`, data: encoder.encode(text) })),
  ])
}

/** Saves the ZIP of the data files made from the workbook `name`. */
export async function saveDataFiles(name: string, texts: Record<DataFileName, string>): Promise<void> {
  saveFile(await dataFilesZip(texts), `${name.replace(/\.xlsx$/i, '')}-数据文件.zip`, 'application/zip')
}

/** A panel's table saved as .xlsx or .csv under `name`. */
export async function saveTable(file: TableFile, name: string, sheetName: string, kind: 'xlsx' | 'csv'): Promise<void> {
  if (kind === 'csv') saveFile(tableCsv(file), name, 'text/csv;charset=utf-8')
  else saveFile(await writeTableWorkbook(await loadExcel(), sheetName, tableSheetRows(file)), name, XLSX_MIME)
}
