/**
 * A ZIP writer for already-compressed files (PNG, JPEG) and small SVGs: STORE only, no compression, so a
 * few dozen lines and no library. UTF-8 names (flag bit 11) so Chinese names open right on every system.
 * Pure.
 */

export interface ZipEntry {
  name: string
  data: Uint8Array
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n += 1) {
    let c = n
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE 802.3), as ZIP stores it. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i += 1) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** MS-DOS time and date fields (local time, 2-second resolution, years 1980-2107). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107)
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  }
}

const UTF8_NAMES = 0x0800
const VERSION = 20

/** One ZIP file holding the entries, uncompressed. */
export function zipStore(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  const stamp = dosDateTime(modified)
  const files = entries.map((entry) => ({ name: encoder.encode(entry.name), data: entry.data, crc: crc32(entry.data) }))
  const localSize = files.reduce((sum, file) => sum + 30 + file.name.length + file.data.length, 0)
  const centralSize = files.reduce((sum, file) => sum + 46 + file.name.length, 0)
  if (files.length > 0xffff || localSize + centralSize > 0xffffffff) throw new Error('导出文件过多或过大，超出 ZIP 格式上限')
  const out = new Uint8Array(localSize + centralSize + 22)
  const view = new DataView(out.buffer)
  let at = 0
  const u16 = (value: number) => {
    view.setUint16(at, value, true)
    at += 2
  }
  const u32 = (value: number) => {
    view.setUint32(at, value, true)
    at += 4
  }
  const bytes = (value: Uint8Array) => {
    out.set(value, at)
    at += value.length
  }
  /** The fields local and central headers share, from "version needed" to "extra field length". */
  const common = (file: (typeof files)[number]) => {
    u16(VERSION)
    u16(UTF8_NAMES)
    u16(0) // method: stored
    u16(stamp.time)
    u16(stamp.date)
    u32(file.crc)
    u32(file.data.length)
    u32(file.data.length)
    u16(file.name.length)
    u16(0)
  }

  const offsets: number[] = []
  for (const file of files) {
    offsets.push(at)
    u32(0x04034b50)
    common(file)
    bytes(file.name)
    bytes(file.data)
  }
  const centralStart = at
  files.forEach((file, index) => {
    u32(0x02014b50)
    u16(VERSION) // made by: MS-DOS attributes, spec 2.0
    common(file)
    u16(0) // comment length
    u16(0) // disk number
    u16(0) // internal attributes
    u32(0) // external attributes
    u32(offsets[index])
    bytes(file.name)
  })
  u32(0x06054b50)
  u16(0) // this disk
  u16(0) // disk of the central directory
  u16(files.length)
  u16(files.length)
  u32(centralSize)
  u32(centralStart)
  u16(0) // comment length
  return out
}
