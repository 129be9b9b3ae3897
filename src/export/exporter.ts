/**
 * The exporter, loaded on demand (dynamic import from the export menu) so none of it weighs on the first
 * load. Every export works from a snapshot of what is on screen at the click: the same data, sector filter
 * and text scale the panels use, with the chosen background's theme.
 */
import type { ChartOption } from '../charts/echarts'
import { THEME_COLOURS, type ThemeName } from '../charts/themes'
import { sectorName } from '../data/sectorName'
import { buildPanelOption, filesLoaded, panelContext } from '../panels/context'
import { findPanel, PANELS } from '../panels/registry'
import type { PanelContext, PanelDefinition } from '../panels/types'
import { annotationTexts, layoutAnnotation } from './annotation'
import { fitCardGrid } from './cardGrid'
import { clampRatio } from './clamp'
import { designChartSize, type CssSize } from './designSize'
import { exportFileName, uniqueNames } from './fileName'
import { canvasBlob, figureImage, figureSvg, measureText, textWidth, type Figure } from './render'
import { paintScreen, type ScreenChart } from './screen'
import type { ExportChoice, ExportedFile, ExportState } from './types'
import { zipStore } from './zip'

const MIME = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' } as const
const EXTENSION = { png: 'png', jpeg: 'jpg', svg: 'svg' } as const
const EMPTY_TEXT = '所选产业暂无数据'

/** The panel's context as on screen (with the export's theme); fails when a file the panel reads is not loaded. */
function exportContext(panel: PanelDefinition, state: ExportState, theme: ThemeName): PanelContext {
  const ctx = filesLoaded(state.values, panel.reads) ? panelContext(state.values, state.expanded, theme, state.scale, state.edition) : undefined
  if (!ctx) throw new Error(`“${panel.title}”的数据尚未读取或有误，无法导出`)
  return ctx
}

function sectorNames(state: ExportState): string[] {
  return state.chosen.map((id) => sectorName(state.values, id))
}

/** The chart area of a panel now on screen, in whole CSS px; undefined when it is not shown. */
export function onScreenChartSize(panelId: string): CssSize | undefined {
  const body = document.querySelector(`[data-panel-id="${CSS.escape(panelId)}"] .panel-body`)
  const rect = body?.getBoundingClientRect()
  if (!rect || rect.width < 1 || rect.height < 1) return undefined
  return { width: Math.round(rect.width), height: Math.round(rect.height) }
}

/** The option shown for a panel (undefined when nothing in it belongs to the chosen sectors). */
function shownOption(panel: PanelDefinition, ctx: PanelContext): ChartOption | undefined {
  return panel.isEmpty?.(ctx) ? undefined : buildPanelOption(panel, ctx)
}

/** One panel as an image file, rendered off screen at its on-screen size (or its design size). */
export async function exportPanel(panel: PanelDefinition, state: ExportState, choice: ExportChoice, now = new Date()): Promise<ExportedFile> {
  const size = onScreenChartSize(panel.id) ?? designChartSize(panel.id, state.scale)
  const theme: ThemeName = choice.background === 'white' ? 'light' : state.theme
  const ctx = exportContext(panel, state, theme)
  const shown = shownOption(panel, ctx)
  const option = shown && panel.kind === 'cards' ? fitCardGrid(shown, size, state.scale, textWidth) : shown
  const period = panel.period(ctx)
  const names = sectorNames(state)
  const texts = annotationTexts({
    title: panel.title,
    unit: panel.unit,
    scope: panel.scope,
    period,
    headline: option ? panel.headline?.(ctx) : undefined,
    source: panel.source(ctx),
    sectorNames: names,
    appTitle: ctx.dataset.meta.title,
    exportedAt: now,
  })
  const layout = layoutAnnotation(texts, size.width, size.height, state.scale, measureText)
  const figure: Figure = {
    layout,
    theme,
    background: choice.background === 'white' ? '#ffffff' : THEME_COLOURS[theme].panel,
    option,
    emptyText: EMPTY_TEXT,
  }
  const name = exportFileName({ town: ctx.dataset.meta.town, title: panel.title, period, sectors: names }, EXTENSION[choice.format])
  if (choice.format === 'svg') {
    const blob = new Blob([figureSvg(figure, choice.ratio)], { type: MIME.svg })
    return { name, blob, width: layout.width * choice.ratio, height: layout.height * choice.ratio, ratio: choice.ratio, reduced: false }
  }
  const clamped = clampRatio(layout.width, layout.height, choice.ratio)
  const blob = await figureImage(figure, clamped.ratio, MIME[choice.format])
  return { name, blob, width: clamped.width, height: clamped.height, ratio: clamped.ratio, reduced: clamped.reduced }
}

export interface ZipResult {
  file: ExportedFile
  /** Panels in the ZIP; panels that could not be exported, with why. */
  count: number
  failed: string[]
  reduced: boolean
}

/** Lets the page repaint (progress) between panels. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Every panel of the dashboard (all pages) in the chosen format, one ZIP. */
export async function exportAll(state: ExportState, choice: ExportChoice, progress?: (done: number, total: number) => void): Promise<ZipResult> {
  const now = new Date()
  const files: ExportedFile[] = []
  const failed: string[] = []
  for (const [index, panel] of PANELS.entries()) {
    progress?.(index, PANELS.length)
    await breathe()
    try {
      files.push(await exportPanel(panel, state, choice, now))
    } catch (error) {
      failed.push(`${panel.title}：${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (files.length === 0) throw new Error(`没有可导出的面板。${failed.join('；')}`)
  const names = uniqueNames(files.map((file) => file.name))
  const entries = await Promise.all(files.map(async (file, index) => ({ name: names[index], data: new Uint8Array(await file.blob.arrayBuffer()) })))
  const zip = zipStore(entries, now)
  const meta = state.values.meta
  const zipName = exportFileName({ town: meta?.town ?? '永安镇', title: '全部图表', period: formatDay(now), sectors: sectorNames(state) }, 'zip')
  return {
    file: { name: zipName, blob: new Blob([zip], { type: 'application/zip' }), width: 0, height: 0, ratio: choice.ratio, reduced: false },
    count: files.length,
    failed,
    reduced: files.some((file) => file.reduced),
  }
}

function formatDay(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`
}

/** 导出整屏: `root` (the app) as one PNG at CSS size x devicePixelRatio, charts from off-screen renders. */
export async function exportScreen(root: Element, state: ExportState): Promise<ExportedFile> {
  const rect = root.getBoundingClientRect()
  const box = { left: rect.left, top: rect.top, width: Math.round(rect.width), height: Math.round(rect.height) }
  const clamped = clampRatio(box.width, box.height, window.devicePixelRatio || 1)
  const charts: ScreenChart[] = []
  for (const section of Array.from(root.querySelectorAll('[data-panel-id]'))) {
    const panel = findPanel(section.getAttribute('data-panel-id') ?? '')
    const element = section.querySelector('.chart-view')
    if (!panel || !element) continue
    try {
      const option = shownOption(panel, exportContext(panel, state, state.theme))
      if (option) charts.push({ element, option })
    } catch {
      // The panel shows its error card on screen; the screen image shows the same.
    }
  }
  const canvas = document.createElement('canvas')
  canvas.width = clamped.width
  canvas.height = clamped.height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('浏览器无法创建画布')
  try {
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    paintScreen(ctx, root, box, clamped.ratio, charts, state.theme)
    const blob = await canvasBlob(canvas, MIME.png)
    const meta = state.values.meta
    const page = document.querySelector('.app-nav .active')?.textContent?.trim() ?? ''
    const name = exportFileName({ town: meta?.town ?? '永安镇', title: `整屏${page ? `-${page}` : ''}`, period: formatDay(new Date()), sectors: sectorNames(state) }, 'png')
    return { name, blob, width: clamped.width, height: clamped.height, ratio: clamped.ratio, reduced: clamped.reduced }
  } finally {
    canvas.width = 0
    canvas.height = 0
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
