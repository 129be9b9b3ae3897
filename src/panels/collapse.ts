/**
 * Empty panels collapse under a sector filter: a panel with nothing for the chosen sectors is left out of
 * its page and the page re-flows (normal view, screen mode, print and deck), with one line naming the
 * panels left out. Which panels are empty is asked of each panel (`isEmpty`) in the one panel context;
 * the re-flow works on the page's 24-column grid. Pure.
 */
import { contextFor, type PanelView } from './context'
import type { PageDefinition, PanelDefinition, PanelPlacement } from './types'

/**
 * The ids of `panels` that have nothing for the view's chosen sectors (none without a filter); never a
 * panel reading one of `faultyFiles` (files with problems).
 */
export function emptyPanelIds(panels: readonly PanelDefinition[], view: PanelView, faultyFiles: ReadonlySet<string> = new Set()): Set<string> {
  const empty = new Set<string>()
  if (view.expanded.size === 0) return empty
  for (const panel of panels) {
    // A panel reading a file with problems may be empty only because items were rejected: it stays, to say so.
    if (panel.reads.some((name) => faultyFiles.has(name))) continue
    const ctx = contextFor(panel, view)
    if (!ctx) continue
    try {
      if (panel.isEmpty?.(ctx)) empty.add(panel.id)
    } catch {
      // A panel whose data is wrong shows its error card: it is not "empty".
    }
  }
  return empty
}

/** Bands of a page: runs of placements whose rows overlap, top to bottom. */
function bands(placements: readonly PanelPlacement[]): { y: number; h: number; panels: PanelPlacement[] }[] {
  const sorted = [...placements].sort((a, b) => a.y - b.y || a.x - b.x)
  const out: { y: number; h: number; panels: PanelPlacement[] }[] = []
  for (const p of sorted) {
    const last = out[out.length - 1]
    if (last && p.y < last.y + last.h) {
      last.panels.push(p)
      last.h = Math.max(last.h, p.y + p.h - last.y)
    } else out.push({ y: p.y, h: p.h, panels: [p] })
  }
  return out
}

/** Widths in whole columns proportional to `weights`, summing to `total`. */
function shareColumns(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)))
  // The columns rounding left over go to the widest panels first.
  let left = total - widths.reduce((a, b) => a + b, 0)
  const order = weights.map((w, i) => [w, i] as const).sort((a, b) => b[0] - a[0])
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) widths[order[k][1]]++
  return widths
}

/**
 * The page without the panels `leftOut`, re-flowed: a band of panels (rows that overlap) with none left
 * is removed and the bands below move up; a band that lost a panel lays its remaining panels side by
 * side over the whole width, as tall as the band, in reading order and widths in proportion to theirs.
 * A band that lost nothing keeps its layout. The page is returned as it is when nothing is left out.
 */
export function collapsePage<P extends Pick<PageDefinition, 'panels' | 'rows'>>(page: P, leftOut: ReadonlySet<string>): P {
  if (!page.panels.some((p) => leftOut.has(p.panel))) return page
  const panels: PanelPlacement[] = []
  let y = 0
  for (const band of bands(page.panels)) {
    const kept = band.panels.filter((p) => !leftOut.has(p.panel))
    if (kept.length === 0) continue
    if (kept.length === band.panels.length) panels.push(...kept.map((p) => ({ ...p, y: p.y - band.y + y })))
    else {
      const widths = shareColumns(kept.map((p) => p.w), 24)
      let x = 0
      kept.forEach((p, i) => {
        panels.push({ ...p, x, w: widths[i], y, h: band.h })
        x += widths[i]
      })
    }
    y += band.h
  }
  return { ...page, panels, rows: Math.max(1, y) }
}

/** The one line naming the panels left out: 所选产业暂无数据（未显示）：重点项目投资、农业. Empty when none. */
export function leftOutLine(titles: readonly string[]): string {
  return titles.length === 0 ? '' : `所选产业暂无数据，未显示：${titles.join('、')}`
}
