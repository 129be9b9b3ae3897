/**
 * ECharts' development build warns about deprecated or invalid options (`grid.containLabel` became
 * `outerBoundsMode`/`outerBoundsContain` in ECharts 6). Every panel's option, drawn by ECharts in both
 * themes and at a small and the 4K scale, must draw without a single such warning: a warning today is
 * a broken chart after the next upgrade.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { init, setPlatformAPI, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import '../../src/charts/echarts'
import { install as installExtras } from '../../src/charts/extras'
import { install as installTooltips } from '../../src/charts/tooltip'
import { PANELS } from '../../src/layouts/pages'
import { context } from '../support/panelData'

use([SVGRenderer])
// What the app registers on first use (legend, graphic, tooltip): every part of each option is drawn.
installExtras()
installTooltips()
// No canvas in Node to measure text with: a fixed width per character is enough to lay out the axes.
setPlatformAPI({ measureText: (text = '') => ({ width: [...text].length * 14 }) })

describe('every panel draws without an ECharts warning', () => {
  let messages: string[] = []
  beforeEach(() => {
    messages = []
    for (const level of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void messages.push(args.map(String).join(' ')))
    }
  })
  afterEach(() => vi.restoreAllMocks())

  const cases = [
    { theme: 'dark', scale: 1, width: 620, height: 420 },
    { theme: 'light', scale: 2, width: 1240, height: 840 },
  ] as const
  for (const { theme, scale, width, height } of cases) {
    it(`${theme} theme, scale ${scale}`, () => {
      let drawn = 0
      for (const panel of PANELS) {
        const ctx = context([], theme, scale)
        if (panel.isEmpty?.(ctx)) continue
        const chart = init(null, theme, { renderer: 'svg', ssr: true, width, height })
        try {
          chart.setOption(panel.buildOption(ctx))
          expect(chart.renderToSVGString(), panel.id).toContain('<text')
          drawn++
        } finally {
          chart.dispose()
        }
      }
      expect(drawn).toBe(PANELS.length)
      expect(messages.filter((text) => text.includes('[ECharts]'))).toEqual([])
    })
  }
})
