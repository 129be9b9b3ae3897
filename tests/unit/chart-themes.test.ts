/**
 * The dark (screen) and light (print, export) themes (src/charts/themes.ts), as ECharts draws them: a
 * chart in either theme draws its bars in that theme's palette and its axis labels in that theme's text
 * colour, however often the themes are registered (every module that draws may ask for them).
 */
import { describe, expect, it } from 'vitest'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import '../../src/charts/echarts'
import { echartsThemeName, registerThemes, THEME_COLOURS, THEMES, type ThemeName } from '../../src/charts/themes'

use(SVGRenderer)

function drawn(theme: ThemeName): string {
  const chart = init(null, echartsThemeName(theme), { renderer: 'svg', ssr: true, width: 400, height: 300 })
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: ['工业', '服务业'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: [3, 5] }],
  })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

describe('chart themes', () => {
  it('draws bars in the theme’s first colour and category labels in its text colour, registered twice or once', () => {
    registerThemes()
    registerThemes()
    for (const theme of THEMES) {
      const svg = drawn(theme).toLowerCase()
      const colours = THEME_COLOURS[theme]
      expect(svg).toContain(`fill="${colours.palette[0]}"`)
      expect(svg).toMatch(new RegExp(`fill="${colours.text}"[^>]*>工业<`))
      const other = THEME_COLOURS[theme === 'dark' ? 'light' : 'dark']
      expect(svg).not.toContain(other.palette[0])
    }
  })
})
