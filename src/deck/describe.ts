/**
 * The whole deck as data: a cover (title, 报告期, 数据截至, filter, export date), each panel of the chosen
 * pages once in page order, and closing slide(s) listing the sources. Pure: unit-tested without a DOM.
 */
import type { DataFiles } from '../data/schema'
import { sectorName } from '../data/sectorName'
import { exportFileName } from '../export/fileName'
import { findPanel, type PageDefinition } from '../layouts/pages'
import { contextFor, type PanelView } from '../panels/context'
import { emptyPanelIds, leftOutLine } from '../panels/collapse'
import type { PanelDefinition } from '../panels/types'
import { deckEdition, type DeckEdition } from '../export/edition'
import { sectorsLabel } from './labels'
import { chartLook, panelSlides } from './panelSlides'
import { SLIDE, type Deck, type DeckSlide, type DeckText } from './types'

/** The view on screen at the click (its theme is the screen's), and what the deck covers. */
export interface DeckRequest extends PanelView {
  /** The pages the deck covers, in order: all, or the current one. */
  pages: readonly PageDefinition[]
  /** Chart images on white (the light theme) or in the screen's theme. */
  background: 'screen' | 'white'
  now: Date
}

/** Each panel of the pages once, at its first page, in page order. */
export function deckPanels(pages: readonly PageDefinition[]): PanelDefinition[] {
  const seen = new Set<string>()
  const panels: PanelDefinition[] = []
  for (const page of pages)
    for (const placement of page.panels) {
      const panel = findPanel(placement.panel)
      if (!panel || seen.has(panel.id)) continue
      seen.add(panel.id)
      panels.push(panel)
    }
  return panels
}

/** 2026年11月29日 */
export function formatDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
}

const MARGIN = 0.5
const WIDTH = SLIDE.width - 2 * MARGIN

function coverSlide(meta: DataFiles['meta'], edition: DeckEdition, sectors: string, scope: string, now: Date, leftOut: string): DeckSlide {
  const lines = [`报告期：${edition.label}`, `数据截至：${edition.asOf}`, `产业：${sectors}`, `范围：${scope}`, `导出日期：${formatDate(now)}`]
  const texts: DeckText[] = [
    ...lines.map((text, index) => ({ role: 'subtitle' as const, text, x: MARGIN, y: 3.0 + index * 0.5, w: WIDTH, h: 0.45 })),
    // Panels with nothing for the filter are not in the deck: the cover names them (up to two lines).
    ...(leftOut ? [{ role: 'body' as const, text: leftOut, x: MARGIN, y: 5.5, w: WIDTH, h: 0.9 }] : []),
    { role: 'source', text: `数据来源：${edition.source}`, x: MARGIN, y: 6.5, w: WIDTH, h: 0.5 },
  ]
  return { kind: 'cover', title: meta.title, texts, notes: [meta.title, ...lines, ...(leftOut ? [leftOut] : []), `数据来源：${edition.source}`].join('\n') }
}

/** Source lines per slide: an estimate of wrapped lines at the list's size keeps each slide within its box. */
const SOURCE_LINES_PER_SLIDE = 24
const SOURCE_CHARS_PER_LINE = 76

function sourceSlides(edition: DeckEdition, entries: readonly { title: string; source: string }[]): DeckSlide[] {
  const header = `${edition.source}。各页数字均出自报道；标注“推算”的数字由报道中的数字计算得出。`
  // Each line without the report's title, which the first line names once.
  const prefix = `来源：《${edition.title}》`
  const items = [header, ...entries.map((entry) => `${entry.title}：${entry.source.startsWith(prefix) ? entry.source.slice(prefix.length) : entry.source.replace(/^来源：/, '')}`)]
  const groups: string[][] = [[]]
  let used = 0
  for (const item of items) {
    const lines = Math.ceil([...item].length / SOURCE_CHARS_PER_LINE)
    if (used + lines > SOURCE_LINES_PER_SLIDE && groups[groups.length - 1].length > 0) {
      groups.push([])
      used = 0
    }
    groups[groups.length - 1].push(item)
    used += lines
  }
  return groups.map((group, index) => ({
    kind: 'sources',
    title: `资料来源${groups.length > 1 ? `（${index + 1}/${groups.length}）` : ''}`,
    texts: [{ role: 'body', text: group.join('\n'), x: MARGIN, y: 1.1, w: WIDTH, h: 6.0 }],
    notes: group.join('\n'),
  }))
}

/** The deck for the request; panels whose data is missing or broken are listed in `failed`, not drawn. */
export function describeDeck(request: DeckRequest): Deck {
  const meta = request.values.meta
  const edition = deckEdition(request.values, request.edition)
  if (!meta || !edition) throw new Error('data/meta.json 或 data/editions.json 尚未读取或有误，无法生成演示文稿')
  const names = request.chosen.map((id) => sectorName(request.values, id))
  const look = chartLook(request.background, request.theme)
  const scope = request.pages.length === 1 ? `“${request.pages[0].title}”页` : '全部页面'
  const panels = deckPanels(request.pages)
  // Panels with nothing for the chosen sectors get no slide (src/panels/collapse.ts).
  const empty = emptyPanelIds(panels, request)
  const leftOut = leftOutLine(panels.filter((panel) => empty.has(panel.id)).map((panel) => panel.title))
  const slides: DeckSlide[] = [coverSlide(meta, edition, sectorsLabel(names), scope, request.now, leftOut)]
  const sources: { title: string; source: string }[] = []
  const failed: string[] = []
  for (const panel of panels.filter((one) => !empty.has(one.id))) {
    // Scale 1: slides are laid out in inches, not for the screen the deck was made on.
    const ctx = contextFor(panel, request, { theme: look.theme, scale: 1 })
    if (!ctx) {
      failed.push(`${panel.title}：数据尚未读取或有误`)
      continue
    }
    try {
      slides.push(...panelSlides({ panel, ctx, sectorNames: names, ...look }))
      sources.push({ title: panel.title, source: panel.source(ctx) })
    } catch (error) {
      failed.push(`${panel.title}：${error instanceof Error ? error.message : String(error)}`)
    }
  }
  slides.push(...sourceSlides(edition, sources))
  const title = request.pages.length === 1 ? `演示文稿-${request.pages[0].title}` : '演示文稿'
  const fileName = exportFileName({ town: meta.town, title, period: edition.label, sectors: names }, 'pptx')
  return { title: meta.title, fileName, slides, failed }
}
