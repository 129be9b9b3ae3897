/** The legibility rule: font sizes from the screen, the farthest seat and the viewport. */
import { describe, expect, it } from 'vitest'
import { defaultDiagonalInches, heightForAngle, legibleSizes, readablePx } from '../../src/screen/legibility'

describe('the legibility rule', () => {
  it('16 arcminutes at 4 m is about 18.6 mm', () => {
    expect(heightForAngle(4)).toBeCloseTo(18.62, 1)
  })

  it('65 inches, 4 m, 1920x1080: about 28 px for Chinese text and 35 px for figures', () => {
    const sizes = legibleSizes({ diagonalInches: 65, distanceM: 4 }, { width: 1920, height: 1080 })
    expect(sizes.chinesePx).toBeGreaterThanOrEqual(28)
    expect(sizes.chinesePx).toBeLessThanOrEqual(29)
    expect(sizes.digitPx).toBe(35)
    expect(readablePx(sizes)).toBe(35)
    // A digit at that size, on a pixel of this screen, subtends 16 arcminutes or more.
    const glyphMm = sizes.digitPx * 0.72 * sizes.mmPerPx
    expect((2 * Math.atan(glyphMm / 2 / 4000) * 180 * 60) / Math.PI).toBeGreaterThanOrEqual(16)
  })

  it('a bigger screen needs fewer pixels, a farther seat more, a 4K viewport twice as many', () => {
    const base = legibleSizes({ diagonalInches: 65, distanceM: 4 }, { width: 1920, height: 1080 })
    expect(legibleSizes({ diagonalInches: 86, distanceM: 4 }, { width: 1920, height: 1080 }).digitPx).toBeLessThan(base.digitPx)
    expect(legibleSizes({ diagonalInches: 65, distanceM: 6 }, { width: 1920, height: 1080 }).digitPx).toBeGreaterThan(base.digitPx)
    const uhd = legibleSizes({ diagonalInches: 65, distanceM: 4 }, { width: 3840, height: 2160 })
    expect(uhd.digitPx).toBeGreaterThanOrEqual(2 * base.digitPx - 2)
    expect(uhd.digitPx).toBeLessThanOrEqual(2 * base.digitPx)
  })

  it('86 inches at 6 m: the pixel grows by 86/65, the glyph by 6/4', () => {
    const sizes = legibleSizes({ diagonalInches: 86, distanceM: 6 }, { width: 1920, height: 1080 })
    expect(sizes.digitPx).toBe(Math.ceil((heightForAngle(6) / ((86 * 25.4) / Math.hypot(1920, 1080))) / 0.72))
    expect(sizes.digitPx).toBe(40)
  })
})

describe('the default screen', () => {
  it('is 65 inches up to 16:9 and portrait; a wider wall is as tall as a 65-inch 16:9 screen', () => {
    expect(defaultDiagonalInches({ width: 1920, height: 1080 })).toBe(65)
    expect(defaultDiagonalInches({ width: 1024, height: 768 })).toBe(65)
    expect(defaultDiagonalInches({ width: 1080, height: 1920 })).toBe(65)
    const wall = defaultDiagonalInches({ width: 5760, height: 1080 })
    expect(wall).toBeGreaterThan(170)
    // Same pixel size as the 65-inch 1080p screen, so the same rule.
    const a = legibleSizes({ diagonalInches: wall, distanceM: 4 }, { width: 5760, height: 1080 })
    const b = legibleSizes({ diagonalInches: 65, distanceM: 4 }, { width: 1920, height: 1080 })
    expect(a.digitPx).toBe(b.digitPx)
  })
})
