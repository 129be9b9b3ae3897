/**
 * Figure cards: panels whose figures have different units (a count, a share, people) are shown as cards
 * rather than forced onto one axis. On screen they are DOM text; for export the same cards are drawn as
 * an ECharts graphic so every panel exports the same way.
 */
import type { ChartOption } from '../charts/echarts'
import type { Indicator } from '../data/schema'
import { formatIndicator, formatPeriod } from '../format/number'
import { baseOption, colours, fontPx } from './shared'
import type { PanelContext, PanelTable } from './types'

export interface FigureCard {
  id: string
  label: string
  /** Formatted value with unit, e.g. 11.39亿元 or 30余次. */
  value: string
  /** A second line, e.g. "同比 +6.8% ↑" or "新增5家". */
  note?: string
  trend?: 'up' | 'down' | 'flat'
  derived?: boolean
  sector: string | null
}

/** A card straight from an indicator. */
export function indicatorCard(indicator: Indicator, note?: string): FigureCard {
  return { id: indicator.id, label: indicator.name, value: formatIndicator(indicator), note, sector: indicator.sector }
}

/** The cards as a table: figure, value, note. */
export function cardsTable(cards: readonly FigureCard[], indicators: readonly Indicator[]): PanelTable {
  const period = new Map(indicators.map((item) => [item.id, formatPeriod(item.period)]))
  return {
    columns: ['指标', '数值', '说明', '期间'],
    rows: cards.map((card) => [
      { text: card.label },
      { text: card.value, derived: card.derived },
      { text: card.note ?? '' },
      { text: period.get(card.id) ?? '' },
    ]),
  }
}

/** Cards laid out in a grid of text, for export. */
export function cardsOption(ctx: PanelContext, title: string, cards: readonly FigureCard[]): ChartOption {
  const c = colours(ctx)
  const columns = Math.min(cards.length, cards.length > 4 ? 3 : cards.length) || 1
  const rows = Math.ceil(cards.length / columns) || 1
  const elements = cards.map((card, index) => {
    const col = index % columns
    const row = Math.floor(index / columns)
    const noteColour = card.trend === 'up' ? c.up : card.trend === 'down' ? c.down : c.subtext
    return {
      type: 'group',
      left: `${(col / columns) * 100 + 2}%`,
      top: `${(row / rows) * 100 + 6}%`,
      children: [
        { type: 'text', style: { text: card.label, fill: c.subtext, fontSize: fontPx(ctx, 16) } },
        {
          type: 'text',
          top: fontPx(ctx, 24),
          style: { text: card.value, fill: card.derived ? c.derived : c.text, fontSize: fontPx(ctx, 30), fontWeight: 'bold' },
        },
        ...(card.note
          ? [{ type: 'text' as const, top: fontPx(ctx, 64), style: { text: card.note, fill: noteColour, fontSize: fontPx(ctx, 16) } }]
          : []),
      ],
    }
  })
  // ECharts types graphic elements as a union the literal objects above do not narrow to.
  return { ...baseOption(ctx, title), graphic: { elements } as unknown as ChartOption['graphic'] }
}
