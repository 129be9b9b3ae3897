/**
 * The print view: the sheets of planSheets() as plain DOM under <body>, built synchronously (the
 * browser's beforeprint handler cannot wait), shown only by print media (src/styles/print.css). Charts
 * are re-rendered as SVG at each slot's measured size, so they print sharp at any resolution. Text is
 * set with textContent, never as markup; the ECharts SVG is parsed as XML and imported.
 */
import { chartSvg } from '../export/render'
import { sectorName } from '../data/sectorName'
import { DERIVED_MARK } from '../panels/cards'
import { buildPanelOption, contextFor, type PanelView } from '../panels/context'
import type { PanelContext } from '../panels/types'
import { findPage, PAGES, PANELS, findPanel } from '../layouts/pages'
import { collapsePage, emptyPanelIds, leftOutLine } from '../panels/collapse'
import { cardColumns } from '../deck/fit'
import { panelFilterLabel } from '../deck/labels'
import { fitValueAxes } from './axes'
import { printRegistry } from './printRegistry'
import { printState } from './printState'
import { pageLabel, planSheets, sheetHeader, type PlannedPanel, type PrintSettings, type SheetPlan } from './sheets'

/** The view on screen at the moment of printing (printed in the light theme), and what it covers. */
export interface PrintState extends PanelView {
  /** The page on screen, for the current-page scope. */
  pageId: string
  /** On a single-panel page (#/panel/<id>): that panel, on one sheet. */
  panelId?: string
}

const ROOT_CLASS = 'print-root'

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

interface ChartSlot {
  slot: HTMLElement
  render(width: number, height: number): string
}

/** Text scale of a sheet's charts: a page of panels on A4 needs smaller text than one panel. */
function sheetScale(settings: PrintSettings, sheet: SheetPlan): number {
  if (sheet.panels.length === 1) return settings.paper === 'A3' ? 1.25 : 1
  return settings.paper === 'A3' ? 0.95 : 0.65
}

function panelCell(item: PlannedPanel, ctx: PanelContext | undefined, names: readonly string[], slots: ChartSlot[]): HTMLElement {
  const { panel, placement } = item
  const cell = el('div', 'print-panel')
  if (placement) {
    cell.style.gridColumn = `${placement.x + 1} / span ${placement.w}`
    cell.style.gridRow = `${placement.y + 1} / span ${placement.h}`
  }
  const head = el('div', 'print-panel-head')
  head.append(el('h3', 'print-panel-title', panel.title))
  if (panel.scope === 'town' && names.length > 0) head.append(el('span', 'print-badge', '全镇'))
  cell.append(head)
  if (!ctx) {
    cell.append(el('p', 'print-empty', '数据尚未读取或有误，此面板无法打印'))
    return cell
  }
  try {
    const empty = panel.isEmpty?.(ctx) ?? false
    // The sheet's header names the filter; a panel repeats it only when one is set (全镇 panels say so).
    const meta = [panel.unit ? `单位：${panel.unit}` : '', `期间：${panel.period(ctx)}`, names.length ? panelFilterLabel(names, panel.scope) : ''].filter(Boolean).join('　')
    head.append(el('span', 'print-panel-meta', meta))
    const headline = empty ? undefined : panel.headline?.(ctx)
    if (headline) cell.append(el('p', 'print-headline', headline))
    if (empty) {
      cell.append(el('p', 'print-empty', '所选产业暂无数据'))
    } else if (panel.kind === 'cards') {
      const grid = el('div', 'print-cards')
      const cards = panel.buildCards?.(ctx) ?? []
      // Alone on its sheet the cards share it out in a grid of this many columns (print.css).
      grid.style.setProperty('--print-card-columns', String(cardColumns(cards.length)))
      for (const card of cards) {
        const box = el('div', 'print-card')
        box.append(el('span', 'print-card-label', card.label), el('strong', card.derived ? 'print-card-value derived' : 'print-card-value', card.derived ? `${card.value}${DERIVED_MARK}` : card.value))
        if (card.note) box.append(el('span', `print-card-note ${card.trend ?? ''}`, card.note))
        grid.append(box)
      }
      cell.append(grid)
    } else {
      const slot = el('div', 'print-chart')
      const option = buildPanelOption(panel, ctx)
      slots.push({ slot, render: (width, height) => chartSvg(fitValueAxes(option, width, height), 'light', width, height) })
      cell.append(slot)
    }
  } catch (error) {
    cell.append(el('p', 'print-empty', `数据有误，此面板无法打印：${error instanceof Error ? error.message : String(error)}`))
  }
  return cell
}

function sheetElement(sheet: SheetPlan, state: PrintState, settings: PrintSettings, slots: ChartSlot[], leftOut: string): HTMLElement {
  const names = state.chosen.map((id) => sectorName(state.values, id))
  const scale = sheetScale(settings, sheet)
  const section = el('section', `print-sheet print-${settings.paper.toLowerCase()}`)
  const meta = state.values.meta
  const header = el('header', 'print-head')
  const words = meta && sheetHeader(meta, state.values, state.edition, names)
  if (words) {
    header.append(el('span', 'print-app-title', words.title), el('span', 'print-edition', words.edition), el('span', 'print-filter', words.filter))
  }
  header.append(el('span', 'print-page-no', sheet.pageLabel))
  section.append(header, el('h2', 'print-sheet-title', sheet.title))
  if (leftOut) section.append(el('p', 'print-left-out', leftOut))
  const body = el('div', sheet.rows ? 'print-body print-grid' : 'print-body')
  if (sheet.rows) body.style.gridTemplateRows = `repeat(${sheet.rows}, minmax(0, 1fr))`
  const sources = el('ol', 'print-sources')
  for (const item of sheet.panels) {
    const ctx = contextFor(item.panel, state, { theme: 'light', scale })
    body.append(panelCell(item, ctx, names, slots))
    if (ctx) {
      try {
        sources.append(el('li', 'print-source', sheet.panels.length > 1 ? `${item.panel.title}：${item.panel.source(ctx).replace(/^来源：/, '')}` : item.panel.source(ctx)))
      } catch {
        // The panel's cell already says its data is broken.
      }
    }
  }
  section.append(body, sources)
  return section
}

/** Removes the print view (afterprint, or before building a new one). */
export function removePrintView(): void {
  document.querySelectorAll(`.${ROOT_CLASS}`).forEach((node) => node.remove())
  document.documentElement.classList.remove('has-print-view')
}

/** Builds the print view for the settings; returns the number of sheets. */
export function buildPrintView(state: PrintState, settings: PrintSettings): number {
  removePrintView()
  const single = settings.scope === 'current' && state.panelId ? findPanel(state.panelId) : undefined
  const chosenPages = settings.scope === 'all' ? PAGES : [findPage(state.pageId) ?? PAGES[0]]
  // Panels with nothing for the chosen sectors are left out and each page re-flows; a line names them.
  const empty = single ? new Set<string>() : emptyPanelIds(PANELS, state)
  const titlesLeftOut = (ids: readonly string[]) => [...new Set(ids.filter((id) => empty.has(id)))].flatMap((id) => findPanel(id)?.title ?? [])
  const pages = chosenPages.map((page) => collapsePage(page, empty))
  const sheets = single ? [{ title: single.title, panels: [{ panel: single }], pageLabel: pageLabel(1, 1) }] : planSheets(pages, settings.per)
  const lineOf = (sheet: SheetPlan, index: number) => {
    if (settings.per === 'page') return leftOutLine(titlesLeftOut(chosenPages.find((page) => page.title === sheet.title)?.panels.map((p) => p.panel) ?? []))
    return index === 0 ? leftOutLine(titlesLeftOut(chosenPages.flatMap((page) => page.panels.map((p) => p.panel)))) : ''
  }
  const root = el('div', `${ROOT_CLASS} print-measuring`)
  root.setAttribute('aria-hidden', 'true')
  const slots: ChartSlot[] = []
  sheets.forEach((sheet, index) => root.append(sheetElement(sheet, state, settings, slots, single ? '' : lineOf(sheet, index))))
  document.body.append(root)
  // Laid out off screen at the sheet's size in mm; each chart is drawn at its slot's size.
  const parser = new DOMParser()
  for (const { slot, render } of slots) {
    const rect = slot.getBoundingClientRect()
    const width = Math.max(80, Math.floor(rect.width))
    const height = Math.max(60, Math.floor(rect.height))
    const svg = parser.parseFromString(render(width, height), 'image/svg+xml').documentElement
    slot.append(document.importNode(svg, true))
  }
  root.classList.remove('print-measuring')
  document.documentElement.classList.add('has-print-view')
  return sheets.length
}

// Loaded means ready: from now on beforeprint (Ctrl+P, the browser's menu, the 打印 button) builds the sheets.
printRegistry.view = {
  buildNow: (settings) => {
    const state = printState()
    return state ? buildPrintView(state, settings) : 0
  },
  remove: removePrintView,
}
