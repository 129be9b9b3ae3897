/**
 * 导出整屏: the page as on screen, minus its controls, between the same bands as a panel export: the
 * dashboard and page name, the report's as-of month and period, the sector filter with the sectors' dots
 * above; the report and the export time below. At the chosen ratio (1x/2x/4x of the CSS size).
 */
import { THEME_COLOURS } from '../charts/themes'
import type { Meta } from '../data/schema'
import { deckEdition, type DeckEdition } from './edition'
import { findPanel } from '../layouts/pages'
import { formatStamp, layoutAnnotation, type AnnotationLayout, type AnnotationTexts } from './annotation'
import { clampRatio, type ClampedSize } from './clamp'
import { exportFileName } from './fileName'
import { exportContext, formatDay, sectorNames, shownOption } from './snapshot'
import { canvasBlob, DOT, measureText, onCanvas, paintAnnotation } from './render'
import { paintScreen, type Box, type ScreenChart } from './wholeScreenPaint'
import type { ScreenTarget } from './targets'
import type { ExportChoice, ExportedFile, ExportState } from './types'

const SEPARATOR = '　'

/** The bands' words; each chosen sector is written with its dot (coloured when painted). */
export function screenTexts(meta: Meta | undefined, edition: DeckEdition | undefined, pageTitle: string, sectors: readonly string[], now: Date): AnnotationTexts {
  const title = meta?.title ?? '经济运行看板'
  const filter = sectors.length ? `产业：${sectors.map((name) => `${DOT}${name}`).join('、')}` : '产业：全部'
  const editionWords = edition ? [`报告期：${edition.label}`, `主要指标截至${edition.asOf}`] : []
  const source = edition ? `来源：${edition.source}` : ''
  return {
    above: [
      { role: 'title', text: pageTitle ? `${title}·${pageTitle}` : title },
      { role: 'meta', text: [...editionWords, filter].join(SEPARATOR) },
    ],
    below: [
      ...(source ? [{ role: 'source' as const, text: source }] : []),
      { role: 'footer', text: `${title}${SEPARATOR}导出时间：${formatStamp(now)}` },
    ],
  }
}

interface ScreenLayout {
  layout: AnnotationLayout
  /** The part of the page drawn (below the left-out header), page CSS px. */
  box: Box
}

function screenLayout(target: ScreenTarget, state: ExportState, now: Date): ScreenLayout {
  const rect = target.root.getBoundingClientRect()
  // Left-out elements along the top (the header) are cut off, not left as an empty strip.
  const top = target.leaveOut.map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0 && r.top <= rect.top + 1).reduce((bottom, r) => Math.max(bottom, r.bottom), rect.top)
  const box = { left: rect.left, top, width: Math.round(rect.width), height: Math.round(rect.bottom - top) }
  const texts = screenTexts(state.values.meta, deckEdition(state.values, state.edition), target.pageTitle, sectorNames(state), now)
  const layout = layoutAnnotation(texts, box.width, box.height, state.scale, measureText)
  return { layout, box }
}

/** Pixel sizes of the whole-screen image at each ratio (as the export menu states them). */
export function screenImageSizes(target: ScreenTarget, state: ExportState, ratios: readonly number[]): ClampedSize[] {
  const { layout } = screenLayout(target, state, new Date())
  return ratios.map((ratio) => clampRatio(layout.width, layout.height, ratio))
}

function screenCharts(target: ScreenTarget, state: ExportState): ScreenChart[] {
  const charts: ScreenChart[] = []
  for (const [panelId, { chart }] of state.targets) {
    const panel = findPanel(panelId)
    if (!panel || !chart || !target.root.contains(chart)) continue
    try {
      const option = shownOption(panel, exportContext(panel, state, state.theme))
      if (option) charts.push({ element: chart, option })
    } catch {
      // The panel shows its error card on screen; the screen image shows the same.
    }
  }
  return charts
}

export async function exportScreen(target: ScreenTarget, state: ExportState, choice: ExportChoice): Promise<ExportedFile> {
  const now = new Date()
  const { layout, box } = screenLayout(target, state, now)
  const size = clampRatio(layout.width, layout.height, choice.ratio)
  const rootColour = getComputedStyle(target.root).backgroundColor
  const background = /rgba\([^)]*,\s*0\)$|transparent/.test(rootColour) ? THEME_COLOURS[state.theme].background : rootColour
  const blob = await onCanvas(layout, size.ratio, background, (ctx, canvas) => {
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0)
    // Longest names first: a dot belongs to 工业园 rather than 工业 when both exist.
    const sectors = [...(state.values.sectors ?? [])].sort((a, b) => b.name.length - a.name.length)
    paintAnnotation(ctx, layout, state.theme, (rest) => sectors.find((sector) => rest.startsWith(sector.name))?.colour)
    paintScreen(ctx, { root: target.root, box, at: layout.top, ratio: size.ratio, charts: screenCharts(target, state), theme: state.theme, leaveOut: target.leaveOut })
    return canvasBlob(canvas, 'image/png')
  })
  const meta = state.values.meta
  const name = exportFileName(
    { town: meta?.town ?? '', title: `整屏${target.pageTitle ? `-${target.pageTitle}` : ''}`, period: formatDay(now), sectors: sectorNames(state), ratio: size.ratio, dark: state.theme === 'dark' },
    'png',
  )
  return { name, blob, ...size }
}
