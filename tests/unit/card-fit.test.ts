/** Figure cards fitted to their space, and the smallest card panel the slides must give room for. */
import { describe, expect, it } from 'vitest'
import { cardGridSize, cardPanelMinimum, cardSize, fitCards } from '../../src/panels/cardFit'
import type { FigureCard } from '../../src/panels/cards'
import { textEm } from '../../src/format/text'

const card = (value: string, extra: Partial<FigureCard> = {}): FigureCard => ({ id: value, label: '地区生产总值', value, sector: null, ...extra })
const SIX = ['11.39亿元', '1013万元', '11.8亿元', '5507元', '79家', '148家'].map((value) => card(value, { note: '同比 +6.8% ↑' }))

describe('card sizes', () => {
  it('a card is as wide as its widest line and taller for each note', () => {
    const plain = cardSize(card('79家'))
    const noted = cardSize(card('79家', { note: '新增5个' }))
    const targeted = cardSize(card('79家', { note: '新增5个', target: '年度目标 85家，尚差 6家（推算）' }))
    expect(noted.height).toBeGreaterThan(plain.height)
    expect(targeted.height).toBeGreaterThan(noted.height)
    // The target line (17 characters at 16 px) is wider than the label and the figure.
    expect(targeted.width).toBeGreaterThan(16 * 17)
    expect(plain.width).toBeLessThan(targeted.width)
  })

  it('a grid of more columns is wider and shorter', () => {
    const one = cardGridSize(SIX, 1)
    const three = cardGridSize(SIX, 3)
    expect(three.width).toBeGreaterThan(one.width * 2.5)
    expect(three.height).toBeLessThan(one.height / 2.5)
  })
})

describe('fitCards', () => {
  it('takes the columns that make the cards largest: a row on a wide strip, a column on a tall one', () => {
    expect(fitCards(SIX, { width: 3000, height: 200 }).columns).toBe(6)
    expect(fitCards(SIX, { width: 300, height: 2000 }).columns).toBe(1)
    expect(fitCards(SIX, { width: 900, height: 500 }).columns).toBe(3)
  })

  it('the scale fills the box in one direction and fits it in both', () => {
    const box = { width: 1200, height: 700 }
    const fit = fitCards(SIX, box)
    const grid = cardGridSize(SIX, fit.columns)
    expect(grid.width * fit.scale).toBeLessThanOrEqual(box.width + 0.01)
    expect(grid.height * fit.scale).toBeLessThanOrEqual(box.height + 0.01)
    expect(Math.max((grid.width * fit.scale) / box.width, (grid.height * fit.scale) / box.height)).toBeCloseTo(1)
  })

  it('a lone card grows to fill a large box', () => {
    expect(fitCards([card('中国淘宝镇', { wordy: true })], { width: 1000, height: 600 }).scale).toBeGreaterThan(2)
  })
})

describe('cardPanelMinimum', () => {
  it('one shape per column count, each holding the grid and the panel around it', () => {
    const shapes = cardPanelMinimum(SIX)
    expect(shapes).toHaveLength(6)
    for (const [i, shape] of shapes.entries()) {
      const grid = cardGridSize(SIX, i + 1)
      expect(shape.width).toBeGreaterThan(grid.width)
      expect(shape.height).toBeGreaterThan(grid.height)
    }
  })
})

describe('cardPanelMinimum with the head', () => {
  const head = { title: '企业与项目服务', meta: ['单位：家、个、支', '2022年5月末、2022年1-5月、截至报道时'] }

  it('a head on one line takes less height than a wrapped one, and needs the width of its text', () => {
    const shapes = cardPanelMinimum(SIX, head)
    const oneRow = shapes.filter((shape) => shape.height === Math.min(...shapes.map((s) => s.height)))
    const grid = cardGridSize(SIX, SIX.length)
    for (const shape of oneRow) expect(shape.width).toBeGreaterThan(Math.max(grid.width, textEm(head.meta.join('')) * 14))
    // Without the head the panel keeps room for a wrapped head at any width.
    const plain = cardPanelMinimum(SIX)
    expect(Math.min(...shapes.map((s) => s.height))).toBeLessThan(Math.min(...plain.map((s) => s.height)))
  })

  it('a narrow panel (the grid narrower than the head) gets the height of a head on two or three lines', () => {
    const shapes = cardPanelMinimum(SIX.slice(0, 1), head)
    const grid = cardGridSize(SIX.slice(0, 1), 1)
    const narrowest = shapes.reduce((a, b) => (b.width < a.width ? b : a))
    expect(narrowest.height).toBeGreaterThanOrEqual(grid.height + 120)
  })
})
