/**
 * Reading and writing a data folder for the command line: the texts of its files, and an atomic write
 * (every file written to a temporary name first, the previous files copied to a backup folder beside
 * them, then each renamed into place).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILE_NAMES, type DataFileName } from '../src/data/schema'

/** Each file of the one list (DATA_FILES), or that it is missing (an optional file may be: see checkAll). */
export function readFolderTexts(folder: string): Record<DataFileName, string | { error: string; missing?: true }> {
  const texts = {} as Record<DataFileName, string | { error: string; missing?: true }>
  for (const name of DATA_FILE_NAMES) {
    const path = join(folder, name)
    texts[name] = existsSync(path) ? readFileSync(path, 'utf8') : { error: `文件不存在（${path}）`, missing: true }
  }
  return texts
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
}

/** Writes the files; returns the backup folder of the previous files, if there were any. */
export function writeFolderAtomically(folder: string, texts: Record<DataFileName, string>, now = new Date()): string | undefined {
  mkdirSync(folder, { recursive: true })
  const names = Object.keys(texts) as DataFileName[]
  const temps = names.map((name) => join(folder, `.${name}.${process.pid}.tmp`))
  try {
    names.forEach((name, index) => writeFileSync(temps[index], texts[name], 'utf8'))
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true })
    throw error
  }
  const previous = names.filter((name) => existsSync(join(folder, name)))
  let backup: string | undefined
  if (previous.length) {
    backup = join(folder, `backup-${stamp(now)}`)
    for (let n = 2; existsSync(backup); n += 1) backup = join(folder, `backup-${stamp(now)}-${n}`)
    mkdirSync(backup)
    for (const name of previous) copyFileSync(join(folder, name), join(backup, name))
  }
  names.forEach((name, index) => renameSync(temps[index], join(folder, name)))
  return backup
}
