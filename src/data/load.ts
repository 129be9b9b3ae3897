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

export async function readAllDataFiles(base: string, timeoutMs = READ_TIMEOUT_MS): Promise<Record<DataFileName, FileText>> {
  const names = Object.keys(DATA_FILES) as DataFileName[]
  const texts = await Promise.all(names.map((name) => readDataFile(name, base, timeoutMs)))
  return Object.fromEntries(names.map((name, index) => [name, texts[index]])) as Record<DataFileName, FileText>
}
