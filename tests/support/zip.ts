/**
 * Reading ZIP files in the tests (the 导出全部 ZIP, .xlsx workbooks, .pptx decks): the contents through
 * fflate, and what Info-ZIP's `zipinfo` (as a person on Linux would run it) says of each entry's system,
 * mode, method and time. fflate decodes an entry's name as UTF-8 only when the entry carries the UTF-8
 * flag, so a Chinese name that reads back whole proves the flag.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

export interface ZipEntry {
  name: string
  data: Uint8Array
}

/** Every file of a ZIP, in the order the archive lists them (folders left out). */
export function readZip(zip: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(zip))
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, data }))
}

/** Every file of a ZIP by name (a workbook's or a deck's parts). */
export function zipParts(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(readZip(zip).map((entry) => [entry.name, entry.data]))
}

/** The text of one file inside a ZIP (an .xlsx part, a .pptx slide). */
export function zipText(zip: Uint8Array, name: string): string {
  const entry = unzipSync(zip, { filter: (file) => file.name === name })[name]
  if (!entry) throw new Error(`${name} not in the ZIP`)
  return strFromU8(entry)
}

export interface ZipInfoLine {
  name: string
  /** As `ls -l` writes it, e.g. -rw-r--r--. */
  mode: string
  /** The system that made the entry: unx, fat, ntf… */
  system: string
  /** stor (stored), defN (deflated)… */
  method: string
  /** The entry's time as `zipinfo -T` writes it: yyyymmdd.hhmmss. */
  modified: string
}

/** One line per entry of `zipinfo -T` on the ZIP (Info-ZIP, installed by .ci/run). */
export function zipInfo(zip: Uint8Array): ZipInfoLine[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zipinfo-'))
  try {
    const file = path.join(dir, 'archive.zip')
    fs.writeFileSync(file, zip)
    const out = execFileSync('zipinfo', ['-T', file], { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } }).toString('utf8')
    return [...out.matchAll(/^(\S{10})\s+\S+\s+(\S+)\s+\d+\s+\S+\s+(\S+)\s+(\d{8}\.\d{6})\s(.+)$/gm)].map((m) => ({
      mode: m[1],
      system: m[2],
      method: m[3],
      modified: m[4],
      name: m[5],
    }))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
