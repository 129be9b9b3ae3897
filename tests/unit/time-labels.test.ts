/**
 * Time axes thinned to the width drawn (src/charts/timeAxis.ts): at 12 months, 24 months, 20 years and
 * 240 points, on a narrow panel and a whole 1920 px screen, no two labels drawn overlap (checked here by
 * their own geometry), the last point (the edition shown) is always labelled, the labels are evenly
 * spaced, and a label names its year only where the year changes.
 */
import { describe, expect, it } from 'vitest'
import { fitTimeAxes, thinLabels, type ThinnedLabels } from '../../src/charts/timeAxis'
import type { ChartOption } from '../../src/charts/echarts'
import { textEm } from '../../src/format/text'

/** Cumulative monthly labels as the trend and 总量对比 write them, `count` months ending 2022年1-12月. */
function months(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const index = 2022 * 12 + 11 - (count - 1 - i)
    const year = Math.floor(index / 12)
    const month = (index % 12) + 1
    return month === 1 ? `${year}年1月` : `${year}年1-${month}月`
  })
}

const years = (count: number) => Array.from({ length: count }, (_, i) => `${2022 - count + 1 + i}年`)

/** Pairs of drawn labels whose boxes overlap, from the label centres on a band axis and their text widths. */
function overlaps(thinned: ThinnedLabels, axisPx: number, fontPx: number): string[] {
  const band = axisPx / thinned.shown.length
  const boxes = thinned.texts
    .map((text, index) => ({ text, index, centre: (index + 0.5) * band, half: (textEm(text) * fontPx) / 2 }))
    .filter((box) => thinned.shown[box.index])
  return boxes.slice(1).flatMap((box, i) => (box.centre - box.half < boxes[i].centre + boxes[i].half ? [`${boxes[i].text} / ${box.text}`] : []))
}

const shownIndices = (thinned: ThinnedLabels) => thinned.shown.flatMap((shown, index) => (shown ? [index] : []))

describe('thinLabels', () => {
  const cases: [string, string[], 'month' | 'year'][] = [
    ['12 months', months(12), 'month'],
    ['24 months', months(24), 'month'],
    ['20 years', years(20), 'year'],
    ['240 months', months(240), 'month'],
  ]
  for (const [name, labels, unit] of cases)
    for (const axisPx of [360, 560, 1700])
      it(`${name} on a ${axisPx} px axis: no overlap, the last labelled, evenly spaced`, () => {
        const thinned = thinLabels(labels, axisPx, 16, unit)
        expect(overlaps(thinned, axisPx, 16)).toEqual([])
        const shown = shownIndices(thinned)
        expect(shown[shown.length - 1]).toBe(labels.length - 1)
        expect(new Set(shown.slice(1).map((index, i) => index - shown[i]))).toEqual(new Set(shown.length > 1 ? [thinned.step] : []))
        // As many labels as the width holds: the next smaller step would overlap.
        expect(shown.length).toBeGreaterThanOrEqual(Math.min(2, labels.length))
      })

  it('shows every month of a year on a wide axis, the year written once', () => {
    const thinned = thinLabels(months(12), 1700, 16)
    expect(thinned.step).toBe(1)
    expect(thinned.texts).toEqual(['2022年1月', '1-2月', '1-3月', '1-4月', '1-5月', '1-6月', '1-7月', '1-8月', '1-9月', '1-10月', '1-11月', '1-12月'])
  })

  it('counts in quarters on a narrow panel, back from the edition shown', () => {
    const thinned = thinLabels(months(12), 360, 16)
    expect(thinned.step).toBe(3)
    expect(thinned.texts.filter(Boolean)).toEqual(['2022年1-3月', '1-6月', '1-9月', '1-12月'])
  })

  it('across two years writes the year where it changes', () => {
    const thinned = thinLabels(months(24), 560, 16)
    const drawn = thinned.texts.filter(Boolean)
    expect(drawn[0]).toMatch(/^2021年/)
    expect(drawn.filter((text) => text.startsWith('2022年'))).toHaveLength(1)
    expect(drawn[drawn.length - 1]).toBe('1-12月')
  })

  it('thins 240 months to whole years or more, 20 years to every year on a wall', () => {
    const many = thinLabels(months(240), 1700, 16)
    expect(many.step % 12).toBe(0)
    expect(many.texts.filter(Boolean).every((text) => /^\d{4}年1-12月$/.test(text))).toBe(true)
    expect(thinLabels(years(20), 1700, 16, 'year').step).toBe(1)
    expect(thinLabels(years(20), 360, 16, 'year').step).toBe(5)
  })

  it('measures a label as the axis formats it (a 推算 mark on its own line is narrower)', () => {
    const labels = ['2021年1-5月（推算）', '2022年1-5月']
    const oneLine = thinLabels(labels, 240, 16, 'month')
    const stacked = thinLabels(labels, 240, 16, 'month', { measure: (text) => textEm(text.replace('（', '\n（')) * 16 })
    expect(oneLine.step).toBe(2)
    expect(stacked.step).toBe(1)
  })
})

describe('fitTimeAxes', () => {
  const option = (labels: string[]): ChartOption =>
    ({
      grid: { left: 60, right: 40 },
      xAxis: { type: 'category', data: labels, timeLabels: 'month', axisLabel: { fontSize: 16, interval: 0 } },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: labels.map((_, i) => i) }],
    }) as unknown as ChartOption

  it('gives the marked axis the labels the width drawn holds, with ticks under them', () => {
    const fitted = fitTimeAxes(option(months(24)), 500)
    const axis = fitted.xAxis as { axisLabel: { interval: (i: number) => boolean; formatter: (v: string, i: number) => string }; axisTick: { interval: unknown } }
    const expected = thinLabels(months(24), 400, 16)
    const shown = months(24).map((_, i) => axis.axisLabel.interval(i))
    expect(shown).toEqual(expected.shown)
    expect(months(24).map((label, i) => (shown[i] ? axis.axisLabel.formatter(label, i) : ''))).toEqual(expected.texts)
    expect(axis.axisTick.interval).toBe(axis.axisLabel.interval)
  })

  it('shows more labels when drawn wider, and leaves an option without a time axis as it is', () => {
    const count = (width: number) => {
      const axis = fitTimeAxes(option(months(24)), width).xAxis as { axisLabel: { interval: (i: number) => boolean } }
      return months(24).filter((_, i) => axis.axisLabel.interval(i)).length
    }
    expect(count(1900)).toBeGreaterThan(count(500))
    const plain = { xAxis: { type: 'category', data: ['a'] }, series: [] } as unknown as ChartOption
    expect(fitTimeAxes(plain, 500)).toBe(plain)
  })
})

describe('thinLabels on a line whose points sit on the band edges', () => {
  it('has a whole band more between two points than a bar axis, so two long labels fit where bars would drop one', () => {
    const labels = ['2021年1-12月', '2022年1-12月']
    // Two labels side by side need half of each one's width and the gap between their centres.
    const need = ((textEm(labels[0]) + textEm('1-12月')) / 2 + 0.6) * 16
    const axisPx = need * 1.5
    // Points on the edges: the whole axis between them; at band centres: half of it.
    expect(thinLabels(labels, axisPx, 16, 'month', { boundaryGap: false }).step).toBe(1)
    expect(thinLabels(labels, axisPx, 16, 'month').step).toBe(2)
  })
})

describe('fitTimeAxes: the plot width from the grid and the font of the labels', () => {
  type FittedAxis = { axisLabel: { interval: (i: number) => boolean; formatter: (v: string, i: number) => string }; axisTick: { interval: unknown } }
  const shownOf = (axis: FittedAxis, count: number) => Array.from({ length: count }, (_, i) => axis.axisLabel.interval(i))
  const labels = months(24)
  const chart = (extra: Record<string, unknown>, axis: Record<string, unknown> = {}): ChartOption =>
    ({
      xAxis: { type: 'category', data: labels, timeLabels: 'month', axisLabel: { fontSize: 16 }, ...axis },
      yAxis: { type: 'value' },
      series: [],
      ...extra,
    }) as unknown as ChartOption

  // Widths at which 24 months show a different number of labels, so a wrong plot width shows.
  const widths = [300, 420, 520, 700, 900, 1300]

  it('takes percentages of the chart width, px strings, and ECharts’ 10% default where the grid is silent', () => {
    for (const width of widths) {
      const percent = fitTimeAxes(chart({ grid: { left: '5%', right: '15%' } }), width).xAxis as FittedAxis
      expect(shownOf(percent, 24)).toEqual(thinLabels(labels, width * 0.8, 16).shown)
      const strings = fitTimeAxes(chart({ grid: { left: '50px', right: '30' } }), width).xAxis as FittedAxis
      expect(shownOf(strings, 24)).toEqual(thinLabels(labels, width - 80, 16).shown)
      const none = fitTimeAxes(chart({}), width).xAxis as FittedAxis
      expect(shownOf(none, 24)).toEqual(thinLabels(labels, width * 0.8, 16).shown)
      // A side ECharts cannot read counts as no margin.
      const unreadable = fitTimeAxes(chart({ grid: { left: 'auto', right: '' } }), width).xAxis as FittedAxis
      expect(shownOf(unreadable, 24)).toEqual(thinLabels(labels, width, 16).shown)
    }
  })

  it('leaves out the room the value axes’ labels take when the grid holds them (five characters of their font)', () => {
    const values = [{ type: 'value', axisLabel: { fontSize: 14 } }, { type: 'value' }, { type: 'category' }]
    for (const width of widths) {
      const held = fitTimeAxes(chart({ grid: { left: 40, right: 40, outerBoundsMode: 'same' }, yAxis: values }), width).xAxis as FittedAxis
      // 14 px labels on the first value axis, ECharts' 12 px on the second; a category axis takes none here.
      const plot = Math.max(1, width - 80 - 5 * 14 - 5 * 12)
      expect(shownOf(held, 24)).toEqual(thinLabels(labels, plot, 16).shown)
      const contained = fitTimeAxes(chart({ grid: { left: 40, right: 40, containLabel: true }, yAxis: values }), width).xAxis as FittedAxis
      expect(shownOf(contained, 24)).toEqual(shownOf(held, 24))
    }
    // Fewer labels than with the value axes' labels outside the grid, at some width.
    const outside = (width: number) => shownOf(fitTimeAxes(chart({ grid: { left: 40, right: 40 }, yAxis: values }), width).xAxis as FittedAxis, 24).filter(Boolean).length
    const inside = (width: number) => shownOf(fitTimeAxes(chart({ grid: { left: 40, right: 40, outerBoundsMode: 'same' }, yAxis: values }), width).xAxis as FittedAxis, 24).filter(Boolean).length
    expect(widths.some((width) => inside(width) < outside(width))).toBe(true)
    expect(widths.every((width) => inside(width) <= outside(width))).toBe(true)
  })

  it('measures labels in the axis’ font, else the chart’s text font, else ECharts’ 12 px', () => {
    for (const width of widths) {
      const own = fitTimeAxes(chart({ grid: { left: 0, right: 0 }, textStyle: { fontSize: 30 } }, { axisLabel: { fontSize: 20 } }), width).xAxis as FittedAxis
      expect(shownOf(own, 24)).toEqual(thinLabels(labels, width, 20).shown)
      const chartFont = fitTimeAxes(chart({ grid: { left: 0, right: 0 }, textStyle: { fontSize: 30 } }, { axisLabel: undefined }), width).xAxis as FittedAxis
      expect(shownOf(chartFont, 24)).toEqual(thinLabels(labels, width, 30).shown)
      const plain = fitTimeAxes(chart({ grid: { left: 0, right: 0 } }, { axisLabel: undefined }), width).xAxis as FittedAxis
      expect(shownOf(plain, 24)).toEqual(thinLabels(labels, width, 12).shown)
    }
  })

  it('keeps the axis’ own formatter: labels are measured and drawn as it writes them', () => {
    const stacked = (text: string) => text.replace('（', '\n（')
    const estimated = labels.map((label, i) => (i % 2 ? `${label}（推算）` : label))
    const measure = (text: string) => textEm(stacked(text)) * 16
    for (const width of widths) {
      const axis = fitTimeAxes(chart({ grid: { left: 0, right: 0 } }, { data: estimated, axisLabel: { fontSize: 16, formatter: stacked } }), width).xAxis as FittedAxis
      const expected = thinLabels(estimated, width, 16, 'month', { measure })
      expect(shownOf(axis, 24)).toEqual(expected.shown)
      for (const [i, text] of expected.texts.entries()) if (expected.shown[i]) expect(axis.axisLabel.formatter(estimated[i], i)).toBe(stacked(text))
    }
  })

  it('reads labels given as data items with a value, and fits each marked axis on its own grid', () => {
    const items = labels.map((value) => ({ value, textStyle: { color: '#fff' } }))
    const plain = { type: 'category', data: ['甲', '乙'] }
    const option = {
      grid: [{ left: 0, right: 0 }, { left: '50%', right: 0 }],
      xAxis: [plain, { type: 'category', data: items, timeLabels: 'month', gridIndex: 1, axisLabel: { fontSize: 16 } }],
      yAxis: [{ type: 'value' }, { type: 'value', gridIndex: 1 }],
      series: [],
    } as unknown as ChartOption
    for (const width of widths) {
      const axes = fitTimeAxes(option, width).xAxis as unknown[]
      expect(axes[0]).toBe(plain)
      const fitted = axes[1] as FittedAxis
      const expected = thinLabels(labels, width / 2, 16)
      expect(shownOf(fitted, 24)).toEqual(expected.shown)
      expect(labels.map((label, i) => (expected.shown[i] ? fitted.axisLabel.formatter(label, i) : ''))).toEqual(expected.texts)
    }
  })

  it('draws nothing for a marked axis without periods, and nothing past its last label', () => {
    const empty = fitTimeAxes(chart({}, { data: undefined }), 800).xAxis as FittedAxis
    expect(empty.axisLabel.interval(0)).toBe(false)
    expect(empty.axisLabel.formatter('x', 0)).toBe('')
    const full = fitTimeAxes(chart({}), 800).xAxis as FittedAxis
    expect(full.axisLabel.formatter('x', 24)).toBe('')
  })
})
