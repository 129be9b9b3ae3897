/** What exported files are called and what their notes say: each menu choice gives its own name. */
import { describe, expect, it } from 'vitest'
import { exportFileName, ratioText } from '../../src/export/fileName'
import { exportChoiceText, whatIsLeftOut } from '../../src/export/notes'
import { ellipsize } from '../../src/export/wholeScreenPaint'
import { screenTexts } from '../../src/export/wholeScreen'
import type { ExportState } from '../../src/export/types'
import { deckEdition } from '../../src/export/edition'
import { fixtureFiles } from '../support/fixtures'

const files = fixtureFiles('small')
const edition = deckEdition(files, undefined)

const parts = { town: '永安镇', title: '财政收入', period: '2022年1-5月', sectors: [] as string[] }

describe('export names by choice', () => {
  it('names the ratio and the dark theme, so 1x/2x/4x and white/screen images do not overwrite each other', () => {
    const names = [1, 2, 4].flatMap((ratio) => [false, true].map((dark) => exportFileName({ ...parts, ratio, dark }, 'png')))
    expect(new Set(names).size).toBe(6)
    expect(exportFileName({ ...parts, ratio: 2 }, 'png')).toBe('永安镇-财政收入-2022年1-5月-2x.png')
    expect(exportFileName({ ...parts, ratio: 4, dark: true }, 'jpg')).toBe('永安镇-财政收入-2022年1-5月-4x-深色.jpg')
    // A ratio reduced by the canvas limits is named as it is.
    expect(ratioText(3.614)).toBe('3.61x')
  })

  it('names a town-wide panel under a filter 全镇, a sector panel after the sectors', () => {
    expect(exportFileName({ ...parts, sectors: ['工业'], townWide: true, ratio: 1 }, 'png')).toBe('永安镇-财政收入-2022年1-5月-全镇-1x.png')
    expect(exportFileName({ ...parts, sectors: ['工业'], townWide: false, ratio: 1 }, 'png')).toBe('永安镇-财政收入-2022年1-5月-工业-1x.png')
    // No filter: no 全镇 either (every panel shows everything).
    expect(exportFileName({ ...parts, townWide: true, ratio: 1 }, 'png')).toBe('永安镇-财政收入-2022年1-5月-1x.png')
  })
})

describe('说明.txt', () => {
  const state = { values: files, chosen: ['industry'], expanded: new Set(['industry']), theme: 'dark', scale: 1, targets: new Map() } as ExportState

  it('says the choice and lists the panels left out with why', () => {
    expect(exportChoiceText(state, { format: 'png', ratio: 2, background: 'white' })).toBe('产业：工业　格式：PNG　尺寸：屏幕上大小的 2 倍　背景：白色（打印）')
    expect(whatIsLeftOut(['村集体经济'], [])).toEqual(['', '以下 1 个面板所选产业暂无数据，未导出：', '- 村集体经济'])
    expect(whatIsLeftOut([], ['党建：读取超时'])).toEqual(['', '以下 1 个面板未能导出：', '- 党建：读取超时'])
    expect(whatIsLeftOut([], [])).toEqual(['', '所有面板均已导出。'])
  })
})

describe('导出整屏 bands and cut lines', () => {
  it('names the page, the edition and period, the filter with each sector dotted, the report and the time', () => {
    const texts = screenTexts(files.meta, edition, '总览', ['工业', '电子商务'], new Date(2022, 5, 1, 9, 5))
    const all = [...texts.above, ...texts.below].map((line) => line.text).join('\n')
    expect(texts.above[0].text).toBe('永安镇经济运行看板·总览')
    expect(all).toContain('主要指标截至2022年5月')
    expect(all).toContain('报告期：2022年1-5月')
    expect(all).toContain('产业：●工业、●电子商务')
    expect(all).toContain('来源：《砥砺前行走在前 主动作为开新局——永安镇改革创新高质量发展迈出新步伐纪实》')
    expect(all).toContain('导出时间：2022-06-01 09:05')
    expect(screenTexts(files.meta, edition, '总览', [], new Date()).above[1].text).toContain('产业：全部')
  })

  it('cuts a long line at a whole character with …, as the screen does', () => {
    const width = (text: string) => [...text].length * 10
    expect(ellipsize('来源：《报道》“一二三四五六”', 80, width)).toBe('来源：《报道》…')
    expect(ellipsize('短句', 80, width)).toBe('短句')
    // Characters outside the BMP are never split into half a surrogate pair.
    expect(ellipsize('𠀀𠀁𠀂𠀃', 30, width)).toBe('𠀀𠀁…')
  })
})
