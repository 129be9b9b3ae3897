/**
 * The two places the app reaches into ECharts' internals, checked against the ECharts installed: an
 * upgrade that moves or changes them fails here, not silently on the meeting-room screen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import TooltipRichContent from 'echarts/lib/component/tooltip/TooltipRichContent.js'
import { scaleRichTooltipText } from '../../src/charts/richTooltipFont'
import { noHtmlTooltip } from '../../vite.config'

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
})

describe('no HTML tooltip in the build (vite.config.ts noHtmlTooltip)', () => {
  it('fails a build in which ECharts’ tooltip view never imported the HTML tooltip', async () => {
    const root = mkdtempSync(join(tmpdir(), 'no-html-tooltip-'))
    try {
      writeFileSync(join(root, 'entry.js'), 'export const answer = 42\n')
      const run = build({
        configFile: false,
        logLevel: 'silent',
        root,
        plugins: [noHtmlTooltip()],
        build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } },
      })
      await expect(run).rejects.toThrow(/no longer imports '\.\/TooltipHTMLContent\.js'/)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
