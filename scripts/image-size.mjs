// @ts-check
/**
 * Width and height of a PNG from its header: one reader for the benchmark (scripts/bench) and the tests
 * (tests/support/images.ts), here so that the benchmark imports no test code.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/**
 * From the PNG's IHDR chunk; throws when the bytes are not a PNG.
 * @param {Uint8Array} bytes
 * @returns {{ width: number, height: number }}
 */
export function pngSize(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const signed = bytes.length > 24 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)
  if (!signed || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG (no signature and IHDR chunk)')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
