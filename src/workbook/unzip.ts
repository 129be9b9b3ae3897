/**
 * The parts of an .xlsx inflated under a running byte limit, before the workbook library sees any of them.
 * The sizes a ZIP declares are not trusted (a 1 MB file may say 2 KB and inflate to 1 GB): every part is
 * inflated in small pieces and the bytes actually produced are counted, so a bomb is refused after at most
 * the limit plus one piece, within a second and in bounded memory. Rows of the sheets are counted as their
 * text comes out, so a million-row sheet is refused at the row limit, not after it is parsed. Pure.
 */
import { Inflate, zipSync } from 'fflate'
import { centralDirectoryEnd, MAX_ROWS, MAX_UNCOMPRESSED_BYTES } from './guard'
import { WorkbookFileError } from './issue'

/** Compressed bytes fed to the inflater at a time: at most about 1,032 times as many (16 MB) come out. */
const PIECE = 16384

export interface InflateProgress {
  /** Compressed bytes inflated so far, and in all. */
  done: number
  total: number
}

interface Part {
  name: string
  method: number
  size: number
  offset: number
}

const corrupt = () => new WorkbookFileError('文件不完整或已损坏（不是有效的 .xlsx）')

/** The entries of the ZIP's central directory (guard.ts has checked that there is one). */
function partsOf(bytes: Uint8Array): Part[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = centralDirectoryEnd(bytes)
  if (end < 0) throw corrupt()
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  const parts: Part[] = []
  for (let entry = 0; entry < count; entry += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw corrupt()
    const nameLength = view.getUint16(at + 28, true)
    const local = view.getUint32(at + 42, true)
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw corrupt()
    parts.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
      // The data follows the local header, whose name and extra field may differ from the directory's.
      offset: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return parts
}

/** Counts `<row ` (or `<x:row `) start tags in text that arrives in pieces. */
class RowCounter {
  rows = 0
  // The last bytes of the previous piece: a tag may be split between two pieces.
  private tail = new Uint8Array(0)
  add(piece: Uint8Array): void {
    const bytes = this.tail.length ? concat(this.tail, piece) : piece
    const last = bytes.length - 4
    for (let at = 1; at < last; at += 1) {
      // "row" after "<" or ":", then a space, "/" or ">" (so <rowBreaks> is not a row).
      if (bytes[at] !== 0x72 || bytes[at + 1] !== 0x6f || bytes[at + 2] !== 0x77) continue
      const before = bytes[at - 1]
      const after = bytes[at + 3]
      if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x0a || after === 0x0d || after === 0x09)) this.rows += 1
    }
    this.tail = bytes.slice(Math.max(0, bytes.length - 4))
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name)

/**
 * Every part of the ZIP, inflated; refused (WorkbookFileError) past MAX_UNCOMPRESSED_BYTES in all or
 * MAX_ROWS rows in all sheets, whatever the ZIP declares.
 */
export function inflateParts(bytes: Uint8Array, onProgress?: (progress: InflateProgress) => void): Record<string, Uint8Array> {
  const parts = partsOf(bytes)
  const total = parts.reduce((sum, part) => sum + part.size, 0)
  const out: Record<string, Uint8Array> = {}
  const rows = new RowCounter()
  let produced = 0
  let done = 0
  const take = (piece: Uint8Array, sheet: boolean) => {
    produced += piece.length
    if (produced > MAX_UNCOMPRESSED_BYTES) throw new WorkbookFileError(`工作簿解压后过大（超过 ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB），无法导入；文件中声明的大小与实际内容不符时也会如此`)
    if (!sheet) return
    rows.add(piece)
    if (rows.rows > MAX_ROWS) throw new WorkbookFileError(`工作簿行数过多（超过 ${MAX_ROWS} 行），不能超过 ${MAX_ROWS} 行`)
  }
  for (const part of parts) {
    if (part.name.endsWith('/')) continue
    const data = bytes.subarray(part.offset, Math.min(bytes.length, part.offset + part.size))
    const sheet = isSheet(part.name)
    const pieces: Uint8Array[] = []
    if (part.method === 0) {
      take(data, sheet)
      pieces.push(data)
    } else if (part.method === 8) {
      const inflater = new Inflate((piece) => {
        take(piece, sheet)
        pieces.push(piece)
      })
      try {
        for (let at = 0; at < data.length; at += PIECE) {
          inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length)
          onProgress?.({ done: done + Math.min(data.length, at + PIECE), total })
        }
        if (!data.length) inflater.push(data, true)
      } catch (error) {
        if (error instanceof WorkbookFileError) throw error
        throw new WorkbookFileError(`文件已损坏（压缩内容“${part.name}”无法解压），请在 Excel 或 WPS 中重新保存后再导入`)
      }
    } else throw new WorkbookFileError(`文件使用了不支持的压缩方式（“${part.name}”），请在 Excel 或 WPS 中另存为 .xlsx 后再导入`)
    done += data.length
    out[part.name] = pieces.length === 1 ? pieces[0] : joinPieces(pieces)
  }
  onProgress?.({ done: total, total })
  return out
}

function joinPieces(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
  let at = 0
  for (const piece of pieces) {
    out.set(piece, at)
    at += piece.length
  }
  return out
}

/** The parts again as a ZIP, stored (not compressed), whose sizes are now the true ones. */
export function storedZip(parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync(parts, { level: 0 })
}
