/**
 * The ZIP of 导出全部, written by fflate (a maintained ZIP library; it comes with the lazily loaded
 * exporter chunk). Entries are stored, not compressed: PNG and JPEG are compressed already.
 *
 * Names are UTF-8 (fflate sets flag bit 11 for non-ASCII names) and every entry says it was made on Unix
 * with mode 0644: Info-ZIP `unzip` ignores the UTF-8 flag of an entry "made by MS-DOS" and reads its name
 * as a DOS code page, garbling Chinese; for a Unix entry it keeps the bytes, which a UTF-8 system shows
 * right. Windows Explorer, macOS Archive Utility and Python's zipfile honour the flag. Pure.
 */
import { zipSync, type Zippable } from 'fflate'

export interface ZipEntry {
  name: string
  data: Uint8Array
}

/** PKZIP APPNOTE 4.4.2.2: host system 3 is Unix. */
const UNIX = 3
/** A regular file, rw-r--r--, in the high 16 bits of the external attributes (the Unix convention). */
const REGULAR_FILE_0644 = 0o100644 * 0x10000

function unixZip(entries: readonly ZipEntry[], modified: Date, level: 0 | 6): Uint8Array<ArrayBuffer> {
  const files: Zippable = {}
  for (const entry of entries) {
    if (entry.name in files) throw new Error(`ZIP 中文件名重复：${entry.name}`)
    files[entry.name] = [entry.data, { level, mtime: modified, os: UNIX, attrs: REGULAR_FILE_0644 }]
  }
  return zipSync(files)
}

/** One ZIP file holding the entries, uncompressed; names must be unique. */
export function zipStore(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array<ArrayBuffer> {
  return unixZip(entries, modified, 0)
}

/** The same, compressed (text: the data files). */
export function zipDeflate(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array<ArrayBuffer> {
  return unixZip(entries, modified, 6)
}

/** Text as a file Windows Notepad and every editor open as UTF-8: with the byte-order mark. */
export function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text.replace(/\r?\n/g, '\r\n'))
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}
