/**
 * The split form of a data folder: the file DATA_FILES marks `byYear` (values.json) is stored as one file
 * per year of its editions, `values/<year>.json`, and values.json itself becomes the index: it lists every
 * file of the folder with a hash of its content (`{"files": [...]}` where the single-file form has
 * `{"values": [...]}`), so both forms are told apart by the file every reader reads first anyway, and a
 * folder of either form is read without asking for a file it lacks. The browser reads the index and the years the chosen edition needs, further years
 * when they are shown, and a refresh of unchanged data reads the index alone (a 304). Everything else
 * speaks of the logical files (the checks, the messages, the workbook): `splitFolder` turns logical texts
 * into the folder's files, `mergeYears` the year files back into the logical text. A folder whose
 * values.json is a list of values is the single-file form and reads as before. Pure.
 */
import * as v from 'valibot'
import { asOfParts } from './period'
import { listText } from './jsonLayout'
import { chooseEdition } from './resolve'
import { DATA_FILE_NAMES, DATA_FILES, type DataFileName, type Edition } from './schema'
import type { DataIssue } from './issue'

/** The logical file stored by year. */
export const BY_YEAR_FILE = DATA_FILE_NAMES.find((name) => DATA_FILES[name].byYear) as DataFileName
/** The index of a folder of the split form: the by-year file's own name (values.json). */
const INDEX_FILE: string = BY_YEAR_FILE
const BY_YEAR_KEY = DATA_FILES[BY_YEAR_FILE].list as string
const BY_YEAR_FOLDER = BY_YEAR_FILE.replace(/\.json$/, '/')

/** The file of one year's values: values/2022.json. */
export function yearFile(year: number): string {
  return `${BY_YEAR_FOLDER}${year}.json`
}

const IndexEntrySchema = v.strictObject({
  /** A file of the folder: meta.json, values/2022.json. */
  name: v.pipe(v.string(), v.regex(/^([a-z]+|[a-z]+\/\d{4})\.json$/, '文件名，如 meta.json 或 values/2022.json')),
  /** textHash of the file's text: a refresh reads a file again only when this changed. */
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{14}$/, '14 位十六进制校验值')),
  /** For a year file: its year. */
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2999))),
})
const IndexFileSchema = v.strictObject({ files: v.array(IndexEntrySchema) })
type IndexEntry = v.InferOutput<typeof IndexEntrySchema>
export type IndexFile = v.InferOutput<typeof IndexFileSchema>

/**
 * A 56-bit hash of a text (cyrb53), as 14 hex digits: not for security, only to tell a changed file from an
 * unchanged one without reading it.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return ((h2 >>> 0) & 0xffffff).toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

/**
 * True when values.json's text is the split form's index (an object with `files` and no `values`); a text
 * that is no JSON at all is left to the checks of the single-file form, which name its syntax error.
 */
export function isIndexText(text: string): boolean {
  try {
    const parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
    return parsed !== null && typeof parsed === 'object' && 'files' in parsed && !(BY_YEAR_KEY in parsed)
  } catch {
    return false
  }
}

/** The index's text, or why it is no index (a message naming the index, data/values.json). */
export function parseIndex(text: string): { ok: true; index: IndexFile } | { ok: false; error: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return { ok: false, error: `${INDEX_FILE}（索引）不是合法的 JSON（请用 npm run data:index 重写索引）` }
  }
  const result = v.safeParse(IndexFileSchema, parsed)
  if (!result.success) return { ok: false, error: `${INDEX_FILE}（索引）格式不对：${result.issues[0].message}（请用 npm run data:index 重写索引）` }
  return { ok: true, index: result.output }
}

/** The years the index lists, oldest first. */
export function indexYears(index: IndexFile): number[] {
  return index.files.flatMap((entry) => (entry.year === undefined ? [] : [entry.year])).sort((a, b) => a - b)
}

/** The editions of an editions.json text that have an id and an as-of date (not yet checked). */
function editionsOf(editionsText: string): Edition[] {
  try {
    const { editions } = JSON.parse(editionsText) as { editions?: unknown }
    if (!Array.isArray(editions)) return []
    return editions.filter((item): item is Edition => item !== null && typeof item === 'object' && typeof item.id === 'string' && typeof item.asOf === 'string')
  } catch {
    // An unreadable editions.json: its check names the problem; no year is known.
    return []
  }
}

/** The year each edition stands in (its as-of date's), by id, from an editions.json text. */
function editionYears(editionsText: string): Map<string, number> {
  const years = new Map<string, number>()
  for (const edition of editionsOf(editionsText)) {
    const year = asOfParts(edition.asOf).year
    if (Number.isInteger(year)) years.set(edition.id, year)
  }
  return years
}

/** Editions the first view reads at least, in whole years: two years of monthly editions. */
const WINDOW_EDITIONS = 24

/**
 * The years the view of edition `id` (the newest when undefined or unknown) reads: its year and the year
 * before (the same period last year, the months so far), then earlier years while these hold fewer than
 * WINDOW_EDITIONS editions, so a trend of annual editions reaches back 24 years and one of monthly
 * editions two. Years are read in whole; a later year is never needed (resolve.ts shows nothing later).
 */
export function yearsToShow(index: IndexFile, editionsText: unknown, id?: string): number[] {
  const listed = indexYears(index)
  const editions = typeof editionsText === 'string' ? editionsOf(editionsText) : []
  const chosen = chooseEdition(editions, id)
  const years = typeof editionsText === 'string' ? editionYears(editionsText) : new Map<string, number>()
  const perYear = new Map<number, number>()
  for (const year of years.values()) perYear.set(year, (perYear.get(year) ?? 0) + 1)
  const last = (chosen && years.get(chosen.id)) ?? listed.at(-1)
  const out: number[] = []
  let held = 0
  for (const year of listed.filter((item) => last !== undefined && item <= last).reverse()) {
    if (out.length >= 2 && held >= WINDOW_EDITIONS) break
    out.push(year)
    // A year of unknown editions (editions.json unreadable) counts as a full window: no guessing further back.
    held += perYear.get(year) ?? WINDOW_EDITIONS
  }
  return out.reverse()
}

/**
 * The folder's files from the logical texts: every file but values.json as it is, values.json as one file
 * per year (in the layout of src/data/jsonLayout.ts, items in their order), and the index (values.json) last (a reader
 * of the index finds the files it lists). An absent optional file (no text, or '') is not written.
 * The texts must have passed the checks: a value of an edition editions.json lacks has no year.
 */
export function splitFolder(texts: Partial<Record<DataFileName, string>>): Record<string, string> {
  const files: Record<string, string> = {}
  const entries: IndexEntry[] = []
  const add = (name: string, text: string, year?: number) => {
    files[name] = text
    entries.push({ name, hash: textHash(text), ...(year === undefined ? {} : { year }) })
  }
  for (const name of DATA_FILE_NAMES) {
    const text = texts[name]
    if (text === undefined || text === '' || DATA_FILES[name].byYear) continue
    add(name, text)
  }
  const text = texts[BY_YEAR_FILE]
  if (text !== undefined && text !== '') {
    const years = editionYears(texts['editions.json'] ?? '')
    const items = (JSON.parse(text) as Record<string, { edition: string }[]>)[BY_YEAR_KEY]
    const byYear = new Map<number, unknown[]>()
    for (const item of items) {
      const year = years.get(item.edition)
      if (year === undefined) throw new Error(`${BY_YEAR_FILE}：报告期 ${item.edition} 不在 editions.json 中，无法按年份拆分`)
      const list = byYear.get(year)
      if (list) list.push(item)
      else byYear.set(year, [item])
    }
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) add(yearFile(year), listText(BY_YEAR_KEY, byYear.get(year) as unknown[]), year)
  }
  files[INDEX_FILE] = listText('files', entries)
  return files
}

/** Where an item of the merged values.json came from: its year file and its first item's place. */
interface YearOrigin {
  file: string
  start: number
  count: number
}

/** A text merged from year files, with where each item came from (for the messages). */
const merged = new Map<string, YearOrigin[]>()
const MERGED_KEPT = 4

/**
 * The logical values.json from its year files (oldest year first), or why it cannot be: a year file that
 * is no JSON list is named. The merged text is remembered with its origins, so a problem of an item is
 * told in its own file (relocateIssues).
 */
export function mergeYears(parts: readonly { file: string; text: string }[]): string | { error: string } {
  const all: unknown[] = []
  const origins: YearOrigin[] = []
  for (const { file, text } of parts) {
    let list: unknown
    try {
      const parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
      list = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[BY_YEAR_KEY] : undefined
    } catch {
      return { error: `data/${file} 不是合法的 JSON` }
    }
    if (!Array.isArray(list)) return { error: `data/${file} 中缺少 "${BY_YEAR_KEY}" 列表` }
    origins.push({ file, start: all.length, count: list.length })
    for (const item of list as unknown[]) all.push(item)
  }
  const text = JSON.stringify({ [BY_YEAR_KEY]: all })
  merged.delete(text)
  merged.set(text, origins)
  while (merged.size > MERGED_KEPT) merged.delete(merged.keys().next().value as string)
  return text
}

/** Problems of a merged values.json told in the year file of their item: data/values/2022.json: values[3]. */
export function relocateIssues(issues: DataIssue[], text: unknown): DataIssue[] {
  const origins = typeof text === 'string' ? merged.get(text) : undefined
  if (!origins) return issues
  return issues.map((issue) => {
    const match = new RegExp(`^${BY_YEAR_KEY}\\[(\\d+)\\]`).exec(issue.path)
    if (!match) return issue
    const at = Number(match[1])
    const origin = origins.find((item) => at >= item.start && at < item.start + item.count)
    if (!origin) return issue
    return { ...issue, file: `data/${origin.file}`, path: issue.path.replace(match[0], `${BY_YEAR_KEY}[${at - origin.start}]`) }
  })
}

/** What a read of a file gives: its text, or why there is none (`missing`: no such file). */
type Read = string | { error: string; missing?: true }

/**
 * The logical texts of a folder of the split form, read through `read` (a file's path in the folder);
 * undefined when its values.json is no index (the single-file form, or no values.json: read as before). Files the index
 * lists are read; an optional file it does not list is absent. `problems`: what the index says wrongly
 * (a hash that does not match its file, a year file it does not list), for check:data.
 */
export function readSplitFolder(
  read: (name: string) => Read,
  list: () => string[] = () => [],
): { texts: Record<DataFileName, Read>; problems: DataIssue[] } | undefined {
  const indexText = read(INDEX_FILE)
  if (typeof indexText !== 'string' || !isIndexText(indexText)) return undefined
  const texts = {} as Record<DataFileName, Read>
  const parsed = parseIndex(indexText)
  if (!parsed.ok) {
    for (const name of DATA_FILE_NAMES) texts[name] = DATA_FILES[name].byYear ? { error: parsed.error } : read(name)
    return { texts, problems: [] }
  }
  const problems: DataIssue[] = []
  const listed = new Map(parsed.index.files.map((entry) => [entry.name, entry]))
  const checkHash = (name: string, text: Read) => {
    const entry = listed.get(name)
    if (typeof text === 'string' && entry && entry.hash !== textHash(text))
      problems.push({ file: `data/${INDEX_FILE}`, path: `（索引）${name}`, expected: `与文件内容一致的校验值 ${textHash(text)}（文件改动后请运行 npm run data:index 重写索引）`, got: entry.hash })
  }
  for (const name of DATA_FILE_NAMES) {
    if (DATA_FILES[name].byYear) continue
    texts[name] = listed.has(name) || DATA_FILES[name].required ? read(name) : ''
    checkHash(name, texts[name])
  }
  const parts: { file: string; text: string }[] = []
  for (const year of indexYears(parsed.index)) {
    const file = yearFile(year)
    const text = read(file)
    checkHash(file, text)
    if (typeof text !== 'string') {
      texts[BY_YEAR_FILE] = { error: `data/${file}：${text.error}` }
      break
    }
    parts.push({ file, text })
  }
  for (const file of list())
    if (!listed.has(file))
      problems.push({ file: `data/${INDEX_FILE}`, path: '', expected: `列出数据目录中的 ${file}（请运行 npm run data:index 重写索引）`, got: '未列出' })
  texts[BY_YEAR_FILE] ??= parts.length ? mergeYears(parts) : { error: `${INDEX_FILE}（索引）未列出任何年份的文件`, missing: true }
  return { texts, problems }
}
