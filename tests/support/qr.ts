/**
 * The QR code screen mode draws, read back as a phone camera would: its SVG modules rasterised (4 px
 * each, white quiet zone) and decoded with jsQR.
 */
import jsQR from 'jsqr'
import type { Locator } from 'playwright-core'

/** The address the QR code in `qr` (the [data-screen-qr] element) encodes; undefined when unreadable. */
export async function decodeQr(qr: Locator): Promise<string | undefined> {
  const drawn = await qr.evaluate((el) => ({ d: el.querySelector('path')!.getAttribute('d')!, box: Number(el.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]) }))
  const px = 4
  const size = drawn.box * px
  const rgba = new Uint8ClampedArray(size * size * 4).fill(255)
  for (const [, x, y] of drawn.d.matchAll(/M(\d+) (\d+)h1v1h-1z/g))
    for (let dy = 0; dy < px; dy++)
      for (let dx = 0; dx < px; dx++) {
        const i = ((Number(y) * px + dy) * size + Number(x) * px + dx) * 4
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0
      }
  return jsQR(rgba, size, size)?.data
}
