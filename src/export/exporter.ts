/**
 * The exporter, loaded on demand (dynamic import from the export menu) so none of it weighs on the first
 * load. Every export works from a snapshot of what is on screen at the click: the same data, sector filter
 * and text scale the panels use, with the chosen background's theme.
 */
import { THEME_COLOURS, type ThemeName } from '../charts/themes'
import { buildPanelOption } from '../panels/context'
import { PANELS } from '../layouts/pages'
import type { PanelContext, PanelDefinition } from '../panels/types'
import { annotationTexts, formatStamp, layoutAnnotation, type AnnotationLayout } from './annotation'
import { fitCardGrid } from './cardGrid'
import { clampRatio, type ClampedSize } from './clamp'
import { designChartSize, type CssSize } from './designSize'
import { exportFileName, uniqueNames } from './fileName'
import { figureImage, figureSvg, measureText, textWidth, type Figure } from './render'
import { exportChoiceText, whatIsLeftOut } from './notes'
import { exportContext, formatDay, sectorNames } from './snapshot'
import type { ExportChoice, ExportedFile, ExportState } from './types'
import { utf8WithBom, zipStore } from './zip'

export { exportScreen, screenImageSizes } from './wholeScreen'

const MIME = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' } as const
const EXTENSION = { png: 'png', jpeg: 'jpg', svg: 'svg' } as const
const EMPTY_TEXT = '所选产业暂无数据'

/** The chart area of a panel now on screen (from its element), in whole CSS px; undefined when not shown. */
function onScreenChartSize(panel: PanelDefinition, state: ExportState): CssSize | undefined {
  const rect = state.targets.get(panel.id)?.body.getBoundingClientRect()
  if (!rect || rect.width < 1 || rect.height < 1) return undefined
  return { width: Math.round(rect.width), height: Math.round(rect.height) }
}

interface PanelLayout {
  layout: AnnotationLayout
  ctx: PanelContext
  period: string
  theme: ThemeName
  /** 所选产业暂无数据: no chart, no headline. */
  empty: boolean
}

/** The bands and the chart area of one panel's image, at its on-screen size (or its design size). */
function panelLayout(panel: PanelDefinition, state: ExportState, choice: ExportChoice, now: Date): PanelLayout {
  const size = onScreenChartSize(panel, state) ?? designChartSize(panel.id, state.scale)
  const theme: ThemeName = choice.background === 'white' ? 'light' : state.theme
  const ctx = exportContext(panel, state, theme)
  const empty = panel.isEmpty?.(ctx) ?? false
  const period = panel.period(ctx)
  const texts = annotationTexts({
    title: panel.title,
    unit: panel.unit,
    scope: panel.scope,
    period,
    headline: empty ? undefined : panel.headline?.(ctx),
    source: panel.source(ctx),
    sectorNames: sectorNames(state),
    appTitle: ctx.dataset.meta.title,
    exportedAt: now,
  })
  return { layout: layoutAnnotation(texts, size.width, size.height, state.scale, measureText), ctx, period, theme, empty }
}

/** What one panel's image shows: its layout, and the chart (cards placed on a grid that fits). */
function panelFigure(panel: PanelDefinition, state: ExportState, choice: ExportChoice, now: Date): PanelLayout & { figure: Figure } {
  const laid = panelLayout(panel, state, choice, now)
  const { layout, ctx, theme } = laid
  const shown = laid.empty ? undefined : buildPanelOption(panel, ctx)
  const chartSize = { width: layout.width, height: layout.chartHeight }
  const option = shown && panel.kind === 'cards' ? fitCardGrid(shown, chartSize, state.scale, textWidth) : shown
  const background = choice.background === 'white' ? '#ffffff' : THEME_COLOURS[theme].panel
  return { ...laid, figure: { layout, theme, background, option, emptyText: EMPTY_TEXT } }
}

/** Pixel sizes of the image a panel export gives at each ratio (as the export menu states them). */
export function panelImageSizes(panel: PanelDefinition, state: ExportState, choice: ExportChoice, ratios: readonly number[]): ClampedSize[] {
  const { layout } = panelLayout(panel, state, choice, new Date())
  return ratios.map((ratio) => clampRatio(layout.width, layout.height, ratio))
}

/** One panel as an image file, rendered off screen. */
export async function exportPanel(panel: PanelDefinition, state: ExportState, choice: ExportChoice, now = new Date()): Promise<ExportedFile> {
  const { figure, ctx, period, theme } = panelFigure(panel, state, choice, now)
  const { layout } = figure
  const clamped = choice.format === 'svg' ? { ratio: choice.ratio, width: layout.width * choice.ratio, height: layout.height * choice.ratio, reduced: false } : clampRatio(layout.width, layout.height, choice.ratio)
  const name = exportFileName(
    { town: ctx.dataset.meta.town, title: panel.title, period, sectors: sectorNames(state), townWide: panel.scope === 'town', ratio: clamped.ratio, dark: theme === 'dark' },
    EXTENSION[choice.format],
  )
  const blob = choice.format === 'svg' ? new Blob([figureSvg(figure, choice.ratio)], { type: MIME.svg }) : await figureImage(figure, clamped.ratio, MIME[choice.format])
  return { name, blob, ...clamped }
}

/** True when the panel shows 所选产业暂无数据 under the snapshot's filter. */
function emptyUnderFilter(panel: PanelDefinition, state: ExportState): boolean {
  try {
    return panel.isEmpty?.(exportContext(panel, state, state.theme)) ?? false
  } catch {
    return false
  }
}

export interface ZipResult {
  file: ExportedFile
  /** Images in the ZIP; panels left out (所选产业暂无数据) and panels that could not be exported, with why. */
  count: number
  empty: string[]
  failed: string[]
  reduced: boolean
}

/** Lets the page repaint (progress) between panels. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Sizes of the images 导出全部 gives at each ratio (each list smallest first), for the menu. */
export function allImageSizes(state: ExportState, choice: ExportChoice, ratios: readonly number[]): ClampedSize[][] {
  const byRatio: ClampedSize[][] = ratios.map(() => [])
  for (const panel of PANELS) {
    if (emptyUnderFilter(panel, state)) continue
    try {
      panelImageSizes(panel, state, choice, ratios).forEach((size, index) => byRatio[index].push(size))
    } catch {
      // Not exportable: the export says so.
    }
  }
  return byRatio.map((sizes) => sizes.sort((a, b) => a.width * a.height - b.width * b.height))
}

/**
 * Every panel of the dashboard (all pages) in the chosen format, one ZIP, with a 说明.txt saying what was
 * chosen and which panels are not in it (所选产业暂无数据, or failed) and why.
 */
export async function exportAll(state: ExportState, choice: ExportChoice, progress?: (done: number, total: number) => void): Promise<ZipResult> {
  const now = new Date()
  const files: ExportedFile[] = []
  const empty: string[] = []
  const failed: string[] = []
  for (const [index, panel] of PANELS.entries()) {
    progress?.(index, PANELS.length)
    await breathe()
    if (emptyUnderFilter(panel, state)) {
      empty.push(panel.title)
      continue
    }
    try {
      files.push(await exportPanel(panel, state, choice, now))
    } catch (error) {
      failed.push(`${panel.title}：${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (files.length === 0) throw new Error(`没有可导出的面板。${[...empty.map((title) => `${title}：${EMPTY_TEXT}`), ...failed].join('；')}`)
  const meta = state.values.meta
  const notes = [
    `${meta?.title ?? '经济运行看板'}：全部图表`,
    `导出时间：${formatStamp(now)}`,
    exportChoiceText(state, choice),
    `共 ${files.length} 张图片。`,
    ...whatIsLeftOut(empty, failed),
  ]
  const names = uniqueNames(files.map((file) => file.name))
  const entries = await Promise.all(files.map(async (file, index) => ({ name: names[index], data: new Uint8Array(await file.blob.arrayBuffer()) })))
  const zip = zipStore([...entries, { name: '说明.txt', data: utf8WithBom(`${notes.join('\n')}\n`) }], now)
  const zipName = exportFileName({ town: meta?.town ?? '', title: '全部图表', period: formatDay(now), sectors: sectorNames(state) }, 'zip')
  return {
    file: { name: zipName, blob: new Blob([zip], { type: 'application/zip' }), width: 0, height: 0, ratio: choice.ratio, reduced: false },
    count: files.length,
    empty,
    failed,
    reduced: files.some((file) => file.reduced),
  }
}

/** Saves a file through an <a download> and a blob URL, released once the download has started. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(file.blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
