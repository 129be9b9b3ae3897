/** Text measured without a canvas and labels wrapped where a reader expects. */
import { describe, expect, it } from 'vitest'
import { wrapLabel } from '../../src/charts/textWidth'
import { textEm } from '../../src/format/text'

describe('textEm', () => {
  it('counts a Chinese character or full-width mark as 1 em and any other as less', () => {
    expect(textEm('永安镇')).toBe(3)
    expect(textEm('（推算）')).toBe(4)
    expect(textEm('11.39')).toBeCloseTo(3.1)
    expect(textEm('11.39亿元')).toBeCloseTo(5.1)
  })

  it('is the widest line of several', () => {
    expect(textEm('2021年\n（推算）')).toBe(4)
  })
})

describe('wrapLabel', () => {
  it('leaves a label that fits alone', () => {
    expect(wrapLabel('2022年1-5月', 8)).toBe('2022年1-5月')
  })

  it('breaks before a bracketed part rather than inside it: no lone bracket on a line', () => {
    expect(wrapLabel('2021年1-5月（推算）', 8)).toBe('2021年1-5月\n（推算）')
    expect(wrapLabel('20万至100万元（推算）', 8)).toBe('20万至100万元\n（推算）')
    for (const width of [3, 4, 5, 6, 7, 8, 9, 10]) {
      for (const line of wrapLabel('100万元以上（破百）', width).split('\n')) expect(line, `${width} em`).not.toMatch(/^[）】》”，。、]/)
    }
  })

  it('breaks a bracketed part longer than a line between its own words, never inside a figure', () => {
    for (const width of [4, 5, 6, 7, 8, 9]) {
      const lines = wrapLabel('破百（释义：100万元以上）', width).split('\n')
      expect(lines.join(''), `${width} em`).toBe('破百（释义：100万元以上）')
      expect(lines.some((line) => line.includes('100万')), `${width} em: ${lines.join(' / ')}`).toBe(true)
      for (const line of lines) expect(line, `${width} em`).not.toMatch(/^[）】》”，。、：]/)
    }
  })

  it('keeps a figure with its unit', () => {
    expect(wrapLabel('2021年1-5月（推算）', 6)).toBe('2021年\n1-5月\n（推算）')
    expect(wrapLabel('20万至100万元', 5)).toBe('20万至\n100万元')
  })

  it('begins a bracketed part longer than a line on the line begun: two lines, not three', () => {
    expect(wrapLabel('破百（释义：100万元以上）', 7)).toBe('破百（释义：\n100万元以上）')
    expect(wrapLabel('破百（释义：100万元以上）', 9.3)).toBe('破百（释义：\n100万元以上）')
  })

  it('breaks a run longer than a line by characters, evenly, never losing one', () => {
    expect(wrapLabel('牛郎山环球产业驿站', 8.75)).toBe('牛郎山环球\n产业驿站')
    const wrapped = wrapLabel('未来易购跨境电商总部基地', 5)
    expect(wrapped).toBe('未来易购\n跨境电商\n总部基地')
    expect(wrapped.replace(/\n/g, '')).toBe('未来易购跨境电商总部基地')
  })
})

describe('wrapLabel: marks without their pair, brackets within brackets', () => {
  it('keeps an opening mark that closes nowhere with what follows it, never alone at a line’s end', () => {
    // 工业总产值 fills 5.5 em; the unclosed （ goes to the next line with 亿.
    expect(wrapLabel('工业总产值（亿元', 5.5)).toBe('工业总产值\n（亿元')
  })

  it('breaks a bracketed part inside a bracketed part between its own characters, none lost, no line opening on a closing mark', () => {
    const text = '项目（说明【甲乙丙丁戊己】）'
    for (const width of [3, 4, 5]) {
      const lines = wrapLabel(text, width).split('\n')
      expect(lines.join(''), `${width} em`).toBe(text)
      expect(lines.length, `${width} em`).toBeGreaterThan(2)
      for (const line of lines) expect(line, `${width} em: ${lines.join(' / ')}`).not.toMatch(/^[）】]/)
      // The inner part is broken too: no line holds all of 【甲乙丙丁戊己】.
      expect(lines.some((line) => line.includes('【甲乙丙丁戊己】')), `${width} em`).toBe(false)
    }
  })
})
