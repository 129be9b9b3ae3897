/**
 * The workbook in the browser, loaded on demand (only when 数据维护 opens or a table is downloaded):
 * exceljs's browser build without polyfills (dist/exceljs.bare.min.js; Chromium 87 has what they add,
 * and it runs under the page's CSP: no eval), and fflate for the ZIP of data files. Nothing is sent
 * anywhere: files are read from the picker and saved through a blob URL.
 */
// The file's URL only: Vite copies it to assets/ with a hashed name; nothing of it is bundled.
import EXCELJS_URL from 'exceljs/dist/exceljs.bare.min.js?url'
import { DATA_FILE_NAMES, type DataFileName, type DataFiles } from '../data/schema'
import { checkWorkbook, type WorkbookCheck } from './check'
import { MAX_FILE_BYTES } from './guard'
import { WorkbookFileError } from './issue'
import { blankBookRows, toBookRows } from './toBook'
import { tableCsv, tableSheetRows, type TableFile } from './tableFile'

export { tableFile, tableFileName } from './tableFile'
import { readWorkbook, writeTableWorkbook, writeWorkbook, type ExcelModule } from './xlsx'
import { classicScript } from '../portable/lazyScript'

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

/** A chosen or dropped file read and checked whole; refused (WorkbookFileError) when it cannot be read. */
export async function checkFile(file: File): Promise<WorkbookCheck> {
  if (file.size > MAX_FILE_BYTES) throw new WorkbookFileError(`文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），工作簿不能超过 10 MB`)
  const [bytes, module] = await Promise.all([file.arrayBuffer(), loadExcel()])
  return checkWorkbook(await readWorkbook(module, new Uint8Array(bytes)))
}

/** Where the files go, in the ZIP beside them; titled with the dashboard's title from meta.json. */
export const placementNote = (title: string): string =>
  [
    `${title} · 数据文件`,
    '',
    `把 data 文件夹中的 ${DATA_FILE_NAMES.length} 个 .json 文件复制到服务器上看板所在目录的 data 文件夹（与 index.html 同级），替换原有文件。`,
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

/** The data files as a ZIP: data/*.json and a note on where to put them. */
async function dataFilesZip(texts: Record<DataFileName, string>): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate')
  const entries: Record<string, Uint8Array> = { '放置说明.txt': strToU8(`\ufeff${placementNote(titleOfMeta(texts['meta.json']))}`) }
  for (const [name, text] of Object.entries(texts)) entries[`data/${name}`] = strToU8(text)
  return zipSync(entries, { level: 6 })
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
