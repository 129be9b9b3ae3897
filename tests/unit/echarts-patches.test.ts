/**
 * The places the app reaches into ECharts' internals, checked against the ECharts installed: an
 * upgrade that moves or changes them fails here, not silently on the meeting-room screen.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import TooltipRichContent from 'echarts/lib/component/tooltip/TooltipRichContent.js'
import { scaleRichTooltipText } from '../../src/charts/richTooltipFont'
import type SeriesModel from 'echarts/lib/model/Series.js'
import { lazySeriesTooltipText, noHtmlTooltip, noUnusedECharts } from '../../vite.config'

const require = createRequire(import.meta.url)
const tooltipView = readFileSync(require.resolve('echarts/lib/component/tooltip/TooltipView.js'), 'utf8')

/** Just enough of a tooltip model for setContent: textStyle.fontSize 32 and fontFamily. */
function model(textStyle: Record<string, unknown>) {
  const get = (path: string | string[]) => {
    const keys = typeof path === 'string' ? [path] : path
    return keys[0] === 'textStyle' ? textStyle[keys[1]] : undefined
  }
  return { get, getModel: () => ({ get: (key: string) => textStyle[key] }) }
}

describe('richText tooltip text at the screen scale (src/charts/richTooltipFont.ts)', () => {
  it('patches the class the tooltip view draws with, whose setContent still takes five arguments', () => {
    expect(tooltipView).toMatch(/import TooltipRichContent from '\.\/TooltipRichContent\.js'/)
    expect(typeof TooltipRichContent.prototype.setContent).toBe('function')
    expect(TooltipRichContent.prototype.setContent.length).toBe(5)
  })

  it('draws the tooltip text at the option’s font size and family, with a matching line height', () => {
    scaleRichTooltipText()
    const zr = { add: () => {}, remove: () => {}, getWidth: () => 1920, getHeight: () => 1080 }
    const Content = TooltipRichContent as unknown as new (api: unknown) => TooltipRichContent
    const content = new Content({ getZr: () => zr, getWidth: () => 1920, getHeight: () => 1080 })
    content.setContent('2022年\n11.39亿元', { richTextStyles: {} }, model({ fontSize: 32, fontFamily: 'sans-serif', color: '#fff' }), '#888', 'left')
    expect(content.el?.style).toMatchObject({ text: '2022年\n11.39亿元', fontSize: 32, lineHeight: 46, fontFamily: 'sans-serif' })
  })

  it('is patched once however often asked, and leaves ECharts’ own size and family where the option gives none', () => {
    scaleRichTooltipText()
    const patched = TooltipRichContent.prototype.setContent
    scaleRichTooltipText()
    expect(TooltipRichContent.prototype.setContent).toBe(patched)
    const zr = { add: () => {}, remove: () => {}, getWidth: () => 1920, getHeight: () => 1080 }
    const Content = TooltipRichContent as unknown as new (api: unknown) => TooltipRichContent
    const sized = new Content({ getZr: () => zr, getWidth: () => 1920, getHeight: () => 1080 })
    sized.setContent('2022年', { richTextStyles: {} }, model({ fontSize: 32 }), '#888', 'left')
    const builtIn = new Content({ getZr: () => zr, getWidth: () => 1920, getHeight: () => 1080 })
    builtIn.setContent('2022年', { richTextStyles: {} }, model({}), '#888', 'left')
    // A size but no family: the size and its line height, ECharts' family.
    expect(sized.el?.style).toMatchObject({ fontSize: 32, lineHeight: 46 })
    expect(sized.el?.style.fontFamily).toBe(builtIn.el?.style.fontFamily)
    // No size: ECharts' own text size and line height, not ours.
    expect(builtIn.el?.style.fontSize).not.toBe(32)
    expect(builtIn.el?.style.lineHeight).not.toBe(46)
  })
})

/** Builds a module that imports nothing of ECharts with `plugins`: the build's error, if any. */
async function buildWithout(plugins: Plugin[]): Promise<unknown> {
  const root = mkdtempSync(join(tmpdir(), 'echarts-stubs-'))
  try {
    writeFileSync(join(root, 'entry.js'), 'export const answer = 42\n')
    await build({ configFile: false, logLevel: 'silent', root, plugins, build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } } })
    return undefined
  } catch (error) {
    return error
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

describe('ECharts modules the app never runs are left out of the build (vite.config.ts)', () => {
  it('fails a build in which nothing imported the HTML tooltip', async () => {
    expect(String(await buildWithout([noHtmlTooltip()]))).toMatch(/nothing in ECharts imports echarts\/lib\/component\/tooltip\/TooltipHTMLContent\.js/)
  })

  it('fails a build in which nothing imported the dark theme, the loading spinner, the time or the log axis, dataset transforms, polar bars, decals, the backward compatibility, TimSort or the English words', async () => {
    const paths = [
      'echarts/lib/theme/dark.js',
      'echarts/lib/loading/default.js',
      'echarts/lib/scale/Time.js',
      'echarts/lib/scale/Log.js',
      'echarts/lib/data/helper/transform.js',
      'zrender/lib/graphic/helper/roundSector.js',
      'echarts/lib/label/sectorLabel.js',
      'echarts/lib/util/shape/sausage.js',
      'echarts/lib/util/decal.js',
      'echarts/lib/preprocessor/backwardCompat.js',
      'zrender/lib/core/timsort.js',
      'echarts/lib/i18n/langEN.js',
      'echarts/lib/component/tooltip/seriesFormatTooltip.js',
    ]
    const stubs = noUnusedECharts()
    expect(stubs).toHaveLength(paths.length)
    for (const [i, stub] of stubs.entries()) expect(String(await buildWithout([stub]))).toContain(`nothing in ECharts imports ${paths[i]}`)
  })

  it('gives a series its tooltip text once the tooltip is in: ECharts own formatTooltip, put back by the lazy tooltip', async () => {
    expect(lazySeriesTooltipText().name).toBe('yongan-lazy-series-tooltip-text')
    const { install } = await import('../../src/charts/tooltip')
    install()
    const { init, use } = await import('echarts/core')
    const { BarChart } = await import('echarts/charts')
    const { GridComponent } = await import('echarts/components')
    const { SVGRenderer } = await import('echarts/renderers')
    use([BarChart, GridComponent, SVGRenderer])
    const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: 400, height: 300 })
    chart.setOption({ xAxis: { type: 'category', data: ['一月'] }, yAxis: {}, series: [{ type: 'bar', name: '工业产值', data: [12.5] }] })
    const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): SeriesModel } }).getModel()
    const markup = model.getSeriesByIndex(0).formatTooltip(0, false)
    expect(JSON.stringify(markup)).toContain('12.5')
    chart.dispose()
  })

  // Two builds of ECharts: on the busy shared machine that can take a minute.
  it('draws the same picture with the stand-ins as with ECharts whole (a series given alone, stacked bars, their order)', { timeout: 180_000 }, async () => {
    // Inside the project, so the entry resolves echarts from its node_modules.
    // test-output/ does not exist yet on a fresh clone.
    mkdirSync(join(__dirname, '../../test-output'), { recursive: true })
    const root = mkdtempSync(join(__dirname, '../../test-output/echarts-stand-ins-'))
    try {
      writeFileSync(
        join(root, 'entry.js'),
        `import { use, init } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
use([BarChart, GridComponent, SVGRenderer])
export function draw(option) {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: 480, height: 320 })
  chart.setOption(option)
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
`,
      )
      const drawWith = async (name: string, plugins: Plugin[]) => {
        const output = (await build({ configFile: false, logLevel: 'silent', root, plugins, build: { write: false, minify: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } } })) as { output: { code: string }[] }[]
        writeFileSync(join(root, `${name}.mjs`), output[0].output[0].code)
        return ((await import(join(root, `${name}.mjs`))) as { draw: (option: unknown) => string }).draw
      }
      const whole = await drawWith('whole', [])
      const stood = await drawWith('stand-ins', noUnusedECharts())
      const alone = { animation: false, xAxis: { type: 'category', data: ['一月', '二月'] }, yAxis: {}, series: { type: 'bar', name: '产值', data: [3, 5], label: { show: true } } }
      const stacked = {
        animation: false,
        xAxis: { type: 'category', data: ['工业', '商贸', '农业', '文旅'] },
        yAxis: {},
        series: [
          { type: 'bar', name: '甲', stack: 'all', z: 3, data: [5, 2, 7, 1], label: { show: true, position: 'inside' } },
          { type: 'bar', name: '乙', stack: 'all', z: 1, data: [3, 6, 1, 4], itemStyle: { borderRadius: 4 } },
          { type: 'bar', name: '丙', z: 2, data: [8, 1, 3, 9] },
        ],
      }
      for (const option of [alone, stacked]) {
        const svg = whole(option)
        expect(svg).toContain('<path')
        expect(stood(option)).toBe(svg)
      }
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
