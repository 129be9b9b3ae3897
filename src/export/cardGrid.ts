/**
 * Figure cards (cardsOption in src/panels/cards.ts) are a graphic of text groups placed by percentages,
 * which cannot know the export's size: five cards in a wide, short strip would overlap on two rows. This
 * places the same groups (same texts, colours and fonts) on a grid that fits the export size. Pure.
 */
import type { ChartOption } from '../charts/echarts'

interface TextChild {
  type: 'text'
  top?: number
  style?: { text?: string; fontSize?: number; fontWeight?: string }
}

interface CardGroup {
  type: 'group'
  left?: number | string
  top?: number | string
  children?: TextChild[]
}

export type TextWidth = (text: string, fontSize: number, bold: boolean) => number

function cardGroups(option: ChartOption): CardGroup[] | undefined {
  const graphic = option.graphic as { elements?: unknown } | undefined
  const elements = graphic?.elements
  if (!Array.isArray(elements) || elements.length === 0) return undefined
  const groups = elements as CardGroup[]
  return groups.every((el) => el.type === 'group' && Array.isArray(el.children)) ? groups : undefined
}

/** Size of one card: its widest line, and its last line's bottom. */
function cardSize(group: CardGroup, width: TextWidth): { width: number; height: number } {
  let w = 0
  let h = 0
  for (const child of group.children ?? []) {
    const size = child.style?.fontSize ?? 16
    w = Math.max(w, width(child.style?.text ?? '', size, child.style?.fontWeight === 'bold'))
    h = Math.max(h, (child.top ?? 0) + size * 1.3)
  }
  return { width: w, height: h }
}

/**
 * The option with its card groups moved onto the grid with the most columns that fit `size` (one row
 * when there is room); other options are returned unchanged.
 */
export function fitCardGrid(option: ChartOption, size: { width: number; height: number }, scale: number, width: TextWidth): ChartOption {
  const groups = cardGroups(option)
  if (!groups) return option
  const sizes = groups.map((group) => cardSize(group, width))
  const gap = 24 * scale
  const pad = 16 * scale
  const cardWidth = Math.max(...sizes.map((s) => s.width)) + gap
  const cardHeight = Math.max(...sizes.map((s) => s.height))
  const columns = Math.max(1, Math.min(groups.length, Math.floor((size.width - 2 * pad + gap) / cardWidth)))
  const rows = Math.ceil(groups.length / columns)
  const columnWidth = (size.width - 2 * pad) / columns
  const rowHeight = cardHeight + gap / 2
  const top = Math.max(pad / 2, (size.height - rows * rowHeight + gap / 2) / 2)
  const elements = groups.map((group, index) => ({
    ...group,
    left: Math.round(pad + (index % columns) * columnWidth),
    top: Math.round(top + Math.floor(index / columns) * rowHeight),
  }))
  return { ...option, graphic: { ...(option.graphic as object), elements } as ChartOption['graphic'] }
}
