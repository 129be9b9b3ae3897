/**
 * Reads the screen-mode QR code as a phone would: the drawn modules (one SVG path, 1x1 squares) rasterised
 * at 4 px each and decoded by jsQR. Returns the decoded text, or undefined when it does not decode.
 */
import jsQR from 'jsqr'
import type { Locator } from 'playwright-core'

export async function decodeScreenQr(qr: Locator): Promise<string | undefined> {
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
