// @vitest-environment jsdom
/**
 * The SVG export of every panel, built from the real data through ECharts' server-side SVG renderer and
 * parsed by a strict XML parser: well-formed, no inline styles (a strict CSP refuses them), every string
 * escaped, the annotation texts present.
 */
import { describe, expect, it } from 'vitest'
import { setPlatformAPI } from 'echarts/core'
import '../../src/charts/echarts'
import { PANELS } from '../../src/layouts/pages'
import { annotationTexts, layoutAnnotation } from '../../src/export/annotation'
import { figureSvg } from '../../src/export/render'
import { escapeXml, plainSvg } from '../../src/export/svg'
import { context } from '../support/panelData'

const measure = (text: string, style: { size: number }) => [...text].length * style.size

// jsdom has no canvas to measure text with: give ECharts a fixed-width font, as `measure` is for the bands.
setPlatformAPI({ measureText: (text = '') => ({ width: [...text].length * 12 }) })

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml')
}

describe('SVG export', () => {
  it('escapes every XML special character and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001\u0009`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\u0009')
  })

  it('turns ECharts style attributes (unescaped quotes) into presentation attributes and drops the hover CSS', () => {
    const raw =
      '<svg xmlns="http://www.w3.org/2000/svg"><style ><![CDATA[.zr0-cls-0:hover {cursor:pointer;}]]></style>' +
      '<text style="font-size:12px;font-family:"Noto Sans CJK SC", sans-serif;font-weight:bold;" class="zr0-cls-0" fill="#fff">工业</text></svg>'
    const svg = plainSvg(raw)
    expect(svg).not.toMatch(/style/)
    expect(svg).toContain('font-size="12px" font-family="&quot;Noto Sans CJK SC&quot;, sans-serif" font-weight="bold"')
    expect(parse(svg).getElementsByTagName('parsererror')).toHaveLength(0)
  })

  for (const panel of PANELS) {
    it(`${panel.id}: well-formed, no inline style, title and source as text`, () => {
      const ctx = context(['industry'], 'light')
      const texts = annotationTexts({
        title: panel.title,
        unit: panel.unit,
        scope: panel.scope,
        period: panel.period(ctx),
        source: panel.source(ctx),
        sectorNames: ['工业'],
        appTitle: ctx.dataset.meta.title,
        exportedAt: new Date(2022, 5, 1),
      })
      const layout = layoutAnnotation(texts, 800, 400, 1, measure)
      const option = panel.isEmpty?.(ctx) ? undefined : panel.buildOption(ctx)
      const svg = figureSvg({ layout, theme: 'light', background: '#ffffff', option, emptyText: '所选产业暂无数据' }, 2)
      const doc = parse(svg)
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
      expect(svg).not.toMatch(/\sstyle=|<style/)
      expect(doc.documentElement.getAttribute('width')).toBe('1600')
      const shown = Array.from(doc.getElementsByTagName('text')).map((node) => node.textContent).join('\n')
      expect(shown).toContain(panel.title)
      expect(shown).toContain('产业：工业')
      if (option) expect(doc.getElementsByTagName('svg').length).toBe(2)
    })
  }
})
