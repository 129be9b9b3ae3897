/**
 * A ZIP reader for the tests, written from the format description independently of src/export/zip.ts:
 * finds the end record, walks the central directory and checks each local header agrees with it.
 * Stored (uncompressed) entries only, which is what the exporter writes.
 */
export interface ReadEntry {
  name: string
  data: Uint8Array
  flags: number
  /** "Version made by": high byte is the host system (0 MS-DOS, 3 Unix). */
  madeBy: number
  /** Unix mode from the high 16 bits of the external attributes (0 when not set). */
  unixMode: number
  method: number
  crc: number
  modified: Date
}

export function readZip(zip: Uint8Array): ReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = zip.length - 22
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) throw new Error('no end of central directory record')
  const count = view.getUint16(end + 10, true)
  const centralSize = view.getUint32(end + 12, true)
  let at = view.getUint32(end + 16, true)
  if (at + centralSize !== end) throw new Error('central directory size/offset do not meet the end record')
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const entries: ReadEntry[] = []
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`central header ${i}: bad signature`)
    const madeBy = view.getUint16(at + 4, true)
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const time = view.getUint16(at + 12, true)
    const date = view.getUint16(at + 14, true)
    const crc = view.getUint32(at + 16, true)
    const size = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const external = view.getUint32(at + 38, true)
    const offset = view.getUint32(at + 42, true)
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength

    if (view.getUint32(offset, true) !== 0x04034b50) throw new Error(`local header ${i}: bad signature`)
    const localNameLength = view.getUint16(offset + 26, true)
    const localExtra = view.getUint16(offset + 28, true)
    const localName = zip.subarray(offset + 30, offset + 30 + localNameLength)
    if (Buffer.compare(Buffer.from(localName), Buffer.from(nameBytes)) !== 0) throw new Error(`entry ${i}: local and central names differ`)
    if (view.getUint32(offset + 14, true) !== crc || view.getUint32(offset + 18, true) !== size) throw new Error(`entry ${i}: local and central sizes differ`)
    const start = offset + 30 + localNameLength + localExtra
    entries.push({
      name: decoder.decode(nameBytes),
      data: zip.slice(start, start + size),
      flags,
      madeBy,
      unixMode: external >>> 16,
      method,
      crc,
      modified: new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2),
    })
  }
  return entries
}
