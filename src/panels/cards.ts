/**
 * Figure cards: panels whose figures have different units (a count, a share, people) are shown as cards
 * rather than forced onto one axis. On screen they are DOM text; for export the same cards are drawn as
 * an ECharts graphic so every panel exports the same way.
 */
import type { ChartOption } from '../charts/echarts'
import type { Dataset, Indicator } from '../data/schema'
import { carriedMark, formatIndicator, periodLabel } from '../format/number'
import { baseOption, colours, fontPx } from './option'
import { requireIndicator } from './lookup'
import { cell } from './lists'
import type { PanelContext, PanelTable } from './types'

export interface FigureCard {
  id: string
  label: string
  /** Formatted value with unit, e.g. 11.39亿元 or 30余次. */
  value: string
  /** A second line, e.g. "同比 +6.8% ↑" or "新增5个". */
  note?: string
  trend?: 'up' | 'down' | 'flat'
  /** A value in words (an honour's name), set smaller than a figure. */
  wordy?: boolean
  /** Progress against the yearly target, where the data gives one. */
  target?: string
  /** A computed figure: shown with DERIVED_MARK after its value, on screen and in exports. */
  derived?: boolean
  sector: string | null
  /** The figure is not there (rejected or not reported): why, shown in its place. */
  missing?: string
  /** Other figures the card shows beside its value (its growth rate): a problem in one is noted on the card. */
  also?: readonly string[]
  /** Completion of the year's target as a small bar, with 时序进度 as a tick where the period has one. */
  progress?: CardProgress
  /** A small trend line when three or more periods of the figure are in the data (oldest first). */
  spark?: CardSpark
}

export interface CardProgress {
  /** Percent of the year's target done. */
  rate: number
  /** 时序进度 in percent; absent for a stock or a single day. */
  schedule?: number
  /** Computed from the target amount (推算), not stated. */
  derived: boolean
}

export interface CardSpark {
  values: number[]
  /** Each point in words (1-3月 583.6万元), read out and shown on hover. */
  labels: string[]
}

/** The fewest periods a card's trend line is drawn from: two points are a comparison, not a trend. */
export const SPARK_MIN_POINTS = 3

/** The card of a figure the dataset lacks: the others still show; this one says why, in its place. */
export function missingCard(dataset: Dataset, id: string, label: string): FigureCard {
  let reason = ''
  try {
    requireIndicator(dataset, id)
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error)
  }
  return { id, label, value: '—', note: reason, missing: reason, sector: null }
}

/** What follows a computed card value, in words: a colour alone is not read out and not seen by all. */
export const DERIVED_MARK = '（推算）'

/** "新增5个": a count added, in the unit the report wrote it with. */
export function addedNote(added: Indicator): string {
  return `新增${formatIndicator(added)}`
}

/** A card straight from an indicator. */
export function indicatorCard(indicator: Indicator, note?: string): FigureCard {
  const card: FigureCard = { id: indicator.id, label: indicator.name, value: formatIndicator(indicator), sector: indicator.sector }
  // A figure of an earlier edition says so on its card, never silently.
  const shown = [note, indicator.rank, carriedMark(indicator)].filter(Boolean).join(' ')
  return shown ? { ...card, note: shown } : card
}

/** The cards as a table: figure, value, note. */
export function cardsTable(cards: readonly FigureCard[], indicators: readonly Indicator[]): PanelTable {
  const period = new Map(indicators.map((item) => [item.id, periodLabel(item)]))
  return {
    columns: ['指标', '数值', '说明', '期间'],
    rows: cards.map((card) => [
      cell(card.label),
      cell(card.value, card.derived),
      cell([card.note, card.target].filter(Boolean).join('；')),
      cell(period.get(card.id) ?? ''),
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
          style: { text: card.derived ? `${card.value}${DERIVED_MARK}` : card.value, fill: card.derived ? c.derived : c.text, fontSize: fontPx(ctx, 30), fontWeight: 'bold' },
        },
        ...(card.note
          ? [{ type: 'text' as const, top: fontPx(ctx, 64), style: { text: card.note, fill: noteColour, fontSize: fontPx(ctx, 16) } }]
          : []),
        ...(card.target
          ? [{ type: 'text' as const, top: fontPx(ctx, 88), style: { text: card.target, fill: c.subtext, fontSize: fontPx(ctx, 15) } }]
          : []),
      ],
    }
  })
  // ECharts types graphic elements as a union the literal objects above do not narrow to.
  return { ...baseOption(ctx, title), graphic: { elements } as unknown as ChartOption['graphic'] }
}
