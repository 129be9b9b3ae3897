/** The shape rules of src/charts/shape.ts: plot share, text scale toward the rule, ticks, too-dense mark. */
import { describe, expect, it } from 'vitest'
import { fitHorizontalBars, fitTextScale, isTooDense, keepDenseMark, markTooDense, MIN_TICKS, plotKeepsShare, valueTicks } from '../../src/charts/shape'

const room = { width: 900, height: 600, floorScale: 2 }

describe('the plot keeps half the chart', () => {
  it('keeps the text scale when the text leaves the plot half the chart', () => {
    expect(plotKeepsShare(room, 282)).toBe(true)
    expect(plotKeepsShare(room, 283)).toBe(false)
    expect(fitTextScale(3, room, (s, r) => plotKeepsShare(r, 90 * s))).toEqual({ scale: 3, fits: true })
  })

  it('shrinks the text toward the rule until the plot keeps half the chart', () => {
    // 120 px of text per unit of scale: at most 282 px (47% of 600), so scale 2.35.
    const fitted = fitTextScale(4, room, (s, r) => plotKeepsShare(r, 120 * s))
    expect(fitted.fits).toBe(true)
    expect(fitted.scale).toBeLessThanOrEqual(2.35)
    expect(fitted.scale).toBeGreaterThan(2.33)
  })

  it('never goes below the rule: a chart that cannot fit there is too dense', () => {
    expect(fitTextScale(4, room, (s, r) => plotKeepsShare(r, 200 * s))).toEqual({ scale: 2, fits: false })
    // Just fits at the rule.
    expect(fitTextScale(4, room, (s, r) => plotKeepsShare(r, 140 * s))).toEqual({ scale: 2.01, fits: true })
  })

  it('without a measured room keeps the scale', () => {
    expect(fitTextScale(4, undefined, () => false)).toEqual({ scale: 4, fits: true })
  })

  it('horizontal bars: labels wrap to their width and fit their band, or the text shrinks', () => {
    // 5 bars, two-line labels at 16 px x scale: bands of at least 2 x 16s x 1.2.
    const fitted = fitHorizontalBars(3, room, 5, (s) => 60 * s, (s) => 16 * s, () => 2)
    expect(fitted.fits).toBe(true)
    const plot = room.height - 60 * fitted.scale
    expect(plot / 5).toBeGreaterThanOrEqual(2 * 16 * fitted.scale * 1.2)
    expect(fitted.labelWidth).toBeLessThanOrEqual(room.width * 0.45)
    // Thirty bars cannot fit at the rule.
    expect(fitHorizontalBars(3, room, 30, (s) => 60 * s, (s) => 16 * s, () => 2).fits).toBe(false)
  })
})

describe('value ticks', () => {
  it('at least three ticks on a short plot, none closer than 1.8 font heights', () => {
    for (const [max, plot, font] of [
      [11.39, 120, 35],
      [1013, 90, 40],
      [6000, 400, 35],
      [0.4, 200, 20],
      [104.2, 1000, 16],
    ]) {
      const ticks = valueTicks(max, plot, font * 1.8)
      const count = Math.round((ticks.max - ticks.min) / ticks.interval) + 1
      expect(count, `${max} on ${plot}px`).toBeGreaterThanOrEqual(MIN_TICKS)
      expect(ticks.max).toBeGreaterThanOrEqual(max)
      expect(ticks.min).toBe(0)
      if (count > MIN_TICKS) expect(plot / (count - 1)).toBeGreaterThanOrEqual(font * 1.8)
    }
  })

  it('uses nice steps and the finest the plot allows', () => {
    expect(valueTicks(11.39, 400, 36)).toEqual({ min: 0, max: 12, interval: 2 })
    expect(valueTicks(11.39, 150, 54)).toEqual({ min: 0, max: 20, interval: 10 })
  })

  it('covers falls below zero', () => {
    const ticks = valueTicks(8, 400, 36, -3.1)
    expect(ticks.min).toBeLessThanOrEqual(-3.1)
    expect(ticks.max).toBeGreaterThanOrEqual(8)
  })
})

describe('too dense', () => {
  it('is marked on the option and carried to the option drawn from it', () => {
    const option = markTooDense({ series: [] })
    expect(isTooDense(option)).toBe(true)
    expect(isTooDense({ series: [] })).toBe(false)
    expect(isTooDense(keepDenseMark(option, { ...option }))).toBe(true)
  })
})
