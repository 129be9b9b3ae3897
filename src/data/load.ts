/**
 * Reads the data files beside index.html, relative to the page, so a sub-path deploy works and an
 * operator can replace a JSON file without rebuilding. A read that does not answer in time is an error.
 * A folder of the split form (src/data/split.ts) is read by its index (values.json holds it there): the
 * logical values.json is the year files the chosen edition needs, merged; a values.json that holds the
 * values themselves (the single-file form) is read as before.
 */
import { DATA_FILE_NAMES, DATA_FILES, type DataFileName } from './schema'
import { embeddedDataTexts } from './embedded'
import { BY_YEAR_FILE, indexYears, isIndexText, mergeYears, parseIndex, yearFile, type IndexFile } from './split'

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

/** A file of the data folder (meta.json, values.json, values/2022.json), read with the server's validators. */
export function readDataFile(name: string, base: string, timeoutMs = READ_TIMEOUT_MS): Promise<FileText> {
  return finishRead(startRead(`${dataFolder(base)}${name}`), timeoutMs)
}

/** Each data file's read, settling on its own: a slow file holds back only the panels reading it. */
export type FileReads = Record<DataFileName, Promise<FileText>>

/** The split form as read: the index's text and the year files read so far (by year). */
export interface SplitRead {
  indexText: string
  index: IndexFile
  years: Map<number, string>
}

/** Which years of the index to read first, given editions.json's text (the chosen edition's, and its window). */
export type YearChoice = (index: IndexFile, editionsText: FileText) => number[]


/** A read started before the app's code ran (startEarlyRead); the next read of the same folder takes it over. */
let early: { folder: string; reads: Record<string, Promise<FileText>> } | undefined

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
  early = { folder, reads: Object.fromEntries(NAMES.map((name) => [name, finishRead(started[name] ?? startRead(`${folder}${name}`), READ_TIMEOUT_MS)])) }
}

/** Every year the index lists. */
const allYears: YearChoice = (index) => indexYears(index)

/**
 * Every data file's read, each settling when its file arrives (or fails, or times out). In the split form
 * values.json settles when the years `choose` picks have arrived; `split` then holds what was read (it
 * settles undefined for the single-file form and the portable page).
 */
export function readEachDataFile(base: string, timeoutMs = READ_TIMEOUT_MS, choose: YearChoice = allYears): FileReads & { split?: Promise<SplitRead | undefined> } {
  // The portable page holds its data (nothing can be fetched from a file): each file is there at once.
  const embedded = embeddedDataTexts()
  if (embedded) return collect(NAMES.map((name) => Promise.resolve(embedded[name])))
  const primed = early
  early = undefined
  const first =
    primed && primed.folder === dataFolder(base) && timeoutMs === READ_TIMEOUT_MS
      ? primed.reads
      : Object.fromEntries(NAMES.map((name) => [name, readDataFile(name, base, timeoutMs)]))
  let split: SplitRead | undefined
  const byYear = (first[BY_YEAR_FILE] as Promise<FileText>).then(async (indexText): Promise<FileText> => {
    // Unreadable, or the values themselves (the single-file form): as before.
    if (typeof indexText !== 'string' || !isIndexText(indexText)) return indexText
    const parsed = parseIndex(indexText)
    if (!parsed.ok) return { error: parsed.error }
    const years = choose(parsed.index, await first['editions.json'])
    const read = await readYears(base, years, timeoutMs)
    split = { indexText, index: parsed.index, years: new Map() }
    for (const [year, text] of read) if (typeof text === 'string') split.years.set(year, text)
    return mergedText(split.years, read)
  })
  const reads = collect(NAMES.map((name) => (DATA_FILES[name].byYear ? byYear : (first[name] as Promise<FileText>))))
  return Object.assign(reads, { split: byYear.then(() => split) })
}

/** The year files `years` of the split form, each read with the server's validators. */
export async function readYears(base: string, years: readonly number[], timeoutMs = READ_TIMEOUT_MS): Promise<Map<number, FileText>> {
  const texts = await Promise.all(years.map((year) => readDataFile(yearFile(year), base, timeoutMs)))
  return new Map(years.map((year, i) => [year, texts[i]]))
}

/**
 * The logical values.json of the years held (oldest first), or the first year file that could not be
 * read, named. `failed`: reads of this round, whose errors win over the years held.
 */
export function mergedText(held: ReadonlyMap<number, string>, failed: ReadonlyMap<number, FileText> = new Map()): FileText {
  for (const [year, text] of failed) if (typeof text !== 'string') return { error: `data/${yearFile(year)}：${text.error}` }
  const years = [...held.keys()].sort((a, b) => a - b)
  return mergeYears(years.map((year) => ({ file: yearFile(year), text: held.get(year) as string })))
}

export async function readAllDataFiles(base: string, timeoutMs = READ_TIMEOUT_MS): Promise<Record<DataFileName, FileText>> {
  const reads = readEachDataFile(base, timeoutMs)
  return collect(await Promise.all(NAMES.map((name) => reads[name])))
}

function collect<T>(items: T[]): Record<DataFileName, T> {
  return Object.fromEntries(NAMES.map((name, index) => [name, items[index]])) as Record<DataFileName, T>
}
