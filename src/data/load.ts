/**
 * Reads the data files beside index.html, relative to the page, so a sub-path deploy works and an
 * operator can replace a JSON file without rebuilding. A read that does not answer in time is an error.
 */
import { DATA_FILE_NAMES, type DataFileName } from './schema'
import { embeddedDataTexts } from './embedded'

/** A data read that has not answered in this time is reported as an error, never a spinner. */
const READ_TIMEOUT_MS = 10_000

const WEB_PAGE = /^\uFEFF?\s*<(!doctype|html|head|body|\?xml)/i

/** A file's text, or why there is none (`missing`: no such file, which an optional file may be). */
export type FileText = string | { error: string; missing?: true }

/** A request already on its way, with the means to abort it. */
interface StartedRead {
  response: Promise<Response>
  controller: AbortController
}

/**
 * 'no-cache': the browser keeps its copy of a data file but asks the server every time, with the
 * validators it holds (If-None-Match, If-Modified-Since): an unchanged file is a 304 without its body, so
 * screen mode's refresh of unchanged data costs a few hundred bytes per file.
 */
function startRead(url: string): StartedRead {
  const controller = new AbortController()
  return { response: fetch(url, { cache: 'no-cache', signal: controller.signal }), controller }
}

/** The text of a started read, or what went wrong; a read that has not answered in time is aborted. */
async function finishRead(read: StartedRead, timeoutMs: number): Promise<FileText> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  const answered = read.response.then(
    async (response): Promise<FileText> => {
      if (!response.ok) return response.status === 404 ? { error: '文件不存在（HTTP 404）', missing: true } : { error: `读取失败（HTTP ${response.status}）` }
      const text = await response.text()
      // A proxy's login page or a server's index page in place of the file: said as such, not as bad JSON.
      return WEB_PAGE.test(text) || (response.headers.get('content-type') ?? '').includes('html') ? { error: '返回的是网页而不是数据文件' } : text
    },
    (): FileText => ({ error: '无法读取（网络错误）' }),
  )
  try {
    const result = await Promise.race([answered, timedOut])
    if (result !== 'timeout') return result
    read.controller.abort()
    return { error: `读取超时（${timeoutMs / 1000} 秒无响应）` }
  } catch {
    return { error: '无法读取（网络错误）' }
  } finally {
    clearTimeout(timer)
  }
}

function readDataFile(name: DataFileName, base: string, timeoutMs = READ_TIMEOUT_MS): Promise<FileText> {
  return finishRead(startRead(`${dataFolder(base)}${name}`), timeoutMs)
}

/** Each data file's read, settling on its own: a slow file holds back only the panels reading it. */
export type FileReads = Record<DataFileName, Promise<FileText>>

/** A read started before the app's code ran (startEarlyRead); the next read of the same folder takes it over. */
let early: { folder: string; reads: FileReads } | undefined

const dataFolder = (base: string) => new URL('data/', base).href

/** Reads started by public/read-data-early.js from the page's head, if it ran. */
interface HeadReads {
  folder: string
  reads: Partial<Record<string, StartedRead>>
}

const NAMES = DATA_FILE_NAMES

/**
 * Takes over the reads that public/read-data-early.js started from the page's head (before the bundle was
 * even compiled), or starts them now, while the browser evaluates the rest of the bundle, so the first load
 * finds the data already there.
 */
export function startEarlyRead(base: string, head: HeadReads | undefined = (globalThis as { __yonganEarlyReads?: HeadReads }).__yonganEarlyReads): void {
  if (embeddedDataTexts()) return // the portable page: the data is in it, nothing to read
  const folder = dataFolder(base)
  const started = head && head.folder === folder ? head.reads : {}
  early = { folder, reads: collect(NAMES.map((name) => finishRead(started[name] ?? startRead(`${folder}${name}`), READ_TIMEOUT_MS))) }
}

/** Every data file's read, each settling when its file arrives (or fails, or times out). */
export function readEachDataFile(base: string, timeoutMs = READ_TIMEOUT_MS): FileReads {
  // The portable page holds its data (nothing can be fetched from a file): each file is there at once.
  const embedded = embeddedDataTexts()
  if (embedded) return collect(NAMES.map((name) => Promise.resolve(embedded[name])))
  const primed = early
  early = undefined
  if (primed && primed.folder === dataFolder(base) && timeoutMs === READ_TIMEOUT_MS) return primed.reads
  return collect(NAMES.map((name) => readDataFile(name, base, timeoutMs)))
}

export async function readAllDataFiles(base: string, timeoutMs = READ_TIMEOUT_MS): Promise<Record<DataFileName, FileText>> {
  const reads = readEachDataFile(base, timeoutMs)
  return collect(await Promise.all(NAMES.map((name) => reads[name])))
}

function collect<T>(items: T[]): Record<DataFileName, T> {
  return Object.fromEntries(NAMES.map((name, index) => [name, items[index]])) as Record<DataFileName, T>
}
