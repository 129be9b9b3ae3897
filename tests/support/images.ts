/** Width and height of the images the tests receive (exports, deck pictures), read from their headers. */

export { pngSize } from '../../scripts/image-size.mjs'

export interface ImageSize {
  width: number
  height: number
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
