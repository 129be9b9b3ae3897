/**
 * Refuses a file before the workbook library sees it: too big, not an .xlsx (a ZIP holding
 * xl/workbook.xml), password-protected (Excel encrypts into an OLE container, not a ZIP), or more than
 * 50 MB once uncompressed (a ZIP bomb). Reads only the ZIP's central directory. Pure.
 */
import { WorkbookFileError } from './issue'

export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
export const MAX_ROWS = 100_000

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export function checkXlsxBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_FILE_BYTES) throw new WorkbookFileError(`文件过大（${MB(bytes.length)}），工作簿不能超过 10 MB`)
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte))
    throw new WorkbookFileError('文件设有打开密码（已加密），或是旧版 .xls 文件：请在 Excel 或 WPS 中取消打开密码，另存为 .xlsx 后再导入')
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    throw new WorkbookFileError('不是 .xlsx 工作簿：请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）后再导入')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = centralDirectoryEnd(bytes)
  if (end < 0) throw new WorkbookFileError('文件不完整或已损坏（不是有效的 .xlsx）')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  let hasWorkbook = false
  const decoder = new TextDecoder()
  for (let entry = 0; entry < count; entry += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new WorkbookFileError('文件不完整或已损坏（不是有效的 .xlsx）')
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (name === 'xl/workbook.xml') hasWorkbook = true
    // 0xffffffff: the size is in a ZIP64 field; no workbook a clerk writes is that big.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size
    at += 46 + nameLength + extra
  }
  if (total > MAX_UNCOMPRESSED_BYTES) throw new WorkbookFileError(`工作簿解压后过大（超过 50 MB），无法导入`)
  if (!hasWorkbook) throw new WorkbookFileError('不是 .xlsx 工作簿（压缩包中没有 Excel 工作簿内容）')
}

/** More rows than any town's data: refused before conversion. */
export function checkRowCount(rows: number): void {
  if (rows > MAX_ROWS) throw new WorkbookFileError(`工作簿行数过多（${rows} 行），不能超过 100000 行`)
}

/** Where the ZIP's end-of-central-directory record starts (searched back over a trailing comment), or -1. */
export function centralDirectoryEnd(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) if (view.getUint32(at, true) === 0x06054b50) return at
  return -1
}
