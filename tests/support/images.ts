/** Width and height of the images the tests receive (exports, deck pictures), read from their headers. */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export interface ImageSize {
  width: number
  height: number
}

/** From the PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const signed = bytes.length > 24 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)
  if (!signed || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG (no signature and IHDR chunk)')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** From the JPEG's SOF0 (baseline) or SOF2 (progressive) marker; throws when there is none. */
export function jpegSize(bytes: Uint8Array): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) throw new Error('not a JPEG (no SOI marker)')
  let at = 2
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`JPEG: no marker at ${at}`)
    const marker = bytes[at + 1]
    if (marker === 0xc0 || marker === 0xc2) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) }
    at += 2 + view.getUint16(at + 2)
  }
  throw new Error('JPEG: no SOF0/SOF2 marker')
}
