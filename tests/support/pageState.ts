/// <reference lib="dom" />
/**
 * What the hardening tests read off a page: where each page and panel lives, when the panels have
 * settled, and each panel's state and text.
 */
import type { Page } from 'playwright-core'
import { PAGES, findPanel, PANELS, type PageDefinition } from '../../src/layouts/pages'
import type { DataFileName } from '../../src/data/schema'
import { CHART_SELECTOR } from './browser'

/** Hash of every page of the dashboard, e.g. `#/` and `#/page/economy`. */
export const PAGE_HASHES = PAGES.map((page) => (page.id === PAGES[0].id ? '#/' : `#/page/${page.id}`))

/** Ids of the panels placed on a page. */
export function panelsOf(hash: string): string[] {
  const id = hash === '#/' ? PAGES[0].id : hash.replace('#/page/', '')
  return PAGES.find((page) => page.id === id)?.panels.map((placement) => placement.panel) ?? []
}

/** Ids of a page's panels that draw a chart (the others show figure cards). */
export function chartPanelsOf(page: PageDefinition): string[] {
  return page.panels.filter((placement) => findPanel(placement.panel)?.kind !== 'cards').map((placement) => placement.panel)
}

/** Ids of the panels that read a data file. */
export function readersOf(file: DataFileName): Set<string> {
  return new Set(PANELS.filter((panel) => panel.reads.includes(file)).map((panel) => panel.id))
}

export interface PanelState {
  id: string
  /** ok, error, loading, ready (PanelFrame's data-state). */
  state: string
  text: string
  /** Drew a chart (a sized canvas) or figure cards. */
  drawn: boolean
}

/**
 * Waits until no panel is loading and every shown chart container holds a sized canvas, then returns each
 * panel's state. `timeout` covers a data read that never answers (10 s) on a busy machine.
 */
export async function settle(page: Page, timeout = 30_000): Promise<PanelState[]> {
  await page.waitForFunction(
    (chartSelector) => {
      const panels = Array.from(document.querySelectorAll('[data-panel-id]'))
      if (panels.length === 0) return false
      return panels.every((panel) => {
        if (panel.getAttribute('data-state') === 'loading') return false
        // A chart hidden behind its panel's table (display: none) has no size to draw at.
        const shown = Array.from(panel.querySelectorAll(chartSelector)).filter((chart) => chart.getClientRects().length > 0)
        return shown.every((chart) => Array.from(chart.querySelectorAll('canvas')).some((canvas) => canvas.getBoundingClientRect().width > 0))
      })
    },
    CHART_SELECTOR,
    { timeout, polling: 100 },
  )
  return panelStates(page)
}

function panelStates(page: Page): Promise<PanelState[]> {
  return page.evaluate(
    (chartSelector) =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]')).map((panel) => ({
        id: panel.dataset.panelId ?? '',
        state: panel.dataset.state ?? '',
        text: panel.innerText,
        drawn:
          Array.from(panel.querySelectorAll(`${chartSelector} canvas`)).some((canvas) => canvas.getBoundingClientRect().width > 0) ||
          panel.querySelectorAll('.figure-card').length > 0,
      })),
    CHART_SELECTOR,
  )
}

/** Text that only a leaked stack trace or a raw JavaScript error would put on screen. */
export const STACK_TRACE = /\bat \S+ \(|\.js:\d+:\d+|\b(TypeError|ReferenceError|SyntaxError|RangeError)\b|Unexpected token|\bstack\b/
