/**
 * Reads the data files beside index.html, relative to the page, so a sub-path deploy works and an
 * operator can replace a JSON file without rebuilding. A read that does not answer in time is an error.
 */
import { DATA_FILES, type DataFileName } from './schema'

/** A data read that has not answered in this time is reported as an error, never a spinner. */
export const READ_TIMEOUT_MS = 10_000

export type FileText = string | { error: string }

export async function readDataFile(name: DataFileName, base: string, timeoutMs = READ_TIMEOUT_MS): Promise<FileText> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(new URL(`data/${name}`, base), { cache: 'no-store', signal: controller.signal })
    if (!response.ok) return { error: response.status === 404 ? '文件不存在（HTTP 404）' : `读取失败（HTTP ${response.status}）` }
    return await response.text()
  } catch {
    return { error: controller.signal.aborted ? `读取超时（${timeoutMs / 1000} 秒无响应）` : '无法读取（网络错误）' }
  } finally {
    clearTimeout(timer)
  }
}

/** A read started before the app's code ran (startEarlyRead); the next read of the same folder takes it over. */
let early: { folder: string; read: Promise<Record<DataFileName, FileText>> } | undefined

const dataFolder = (base: string) => new URL('data/', base).href

/**
 * Starts reading every data file now, while the browser is still evaluating the rest of the bundle
 * (ECharts and Vue take about 100 ms on a modest PC), so the first load finds the data already there.
 */
export function startEarlyRead(base: string): void {
  early = { folder: dataFolder(base), read: readFreshDataFiles(base, READ_TIMEOUT_MS) }
}

export function readAllDataFiles(base: string, timeoutMs = READ_TIMEOUT_MS): Promise<Record<DataFileName, FileText>> {
  const primed = early
  early = undefined
  if (primed && primed.folder === dataFolder(base) && timeoutMs === READ_TIMEOUT_MS) return primed.read
  return readFreshDataFiles(base, timeoutMs)
}

async function readFreshDataFiles(base: string, timeoutMs: number): Promise<Record<DataFileName, FileText>> {
  const names = Object.keys(DATA_FILES) as DataFileName[]
  const texts = await Promise.all(names.map((name) => readDataFile(name, base, timeoutMs)))
  return Object.fromEntries(names.map((name, index) => [name, texts[index]])) as Record<DataFileName, FileText>
}
