/**
 * 分档: a whole split into tiers by two nested counts over thresholds (villages by collective income: 3 at
 * 100万元+ stated, 13 from 20万 to 100万 and 2 below 20万 derived). Indicators: the whole, the count over
 * the lower threshold, the count over the higher, then any figures the table also lists (a share).
 * Options: `tiers` (the three tiers' names, top first: a reading of the report's word is marked 释义, as in
 * 破百（释义：100万元以上）), `unit` (axis), `note` (tooltip line), `topNote` (the stated top tier's note in the table).
 */
import { nestedTiers } from '../../../data/derived'
import { formatIndicator, periodLabel } from '../../../format/number'
import { horizontalBarsOption } from '../../bars'
import { requireIndicator, sourceLine } from '../../lookup'
import { table } from '../../lists'
import type { PanelKind, PanelSpec } from '../../spec'
import { textOption } from '../../spec'
import type { ChartPanel, PanelContext } from '../../types'

const DEFAULT_TIERS = ['高档', '中档', '低档'] as const

function tierNames(spec: PanelSpec): readonly string[] {
  const value = spec.options.tiers
  return Array.isArray(value) && value.length === 3 ? value : DEFAULT_TIERS
}

function tierRows(spec: PanelSpec, ctx: PanelContext) {
  const [wholeId = '', lowerId = '', higherId = ''] = spec.indicators
  const tiers = nestedTiers(ctx.dataset, [wholeId, lowerId, higherId])
  if (!tiers) throw new Error(`data/indicators.json 中“${spec.title}”的分档数据不完整或前后矛盾`)
  // Counted in the unit the whole is counted in.
  const whole = requireIndicator(ctx.dataset, wholeId)
  const text = (value: number) => formatIndicator({ ...whole, value })
  const [top, middle, low] = tierNames(spec)
  return [
    { name: top, value: tiers.overOneMillion, text: text(tiers.overOneMillion), derived: false },
    { name: middle, value: tiers.between, text: text(tiers.between), derived: true },
    { name: low, value: tiers.under, text: text(tiers.under), derived: true },
  ]
}

export const tiersKind: PanelKind = {
  about: '分档：总数按两级门槛分为三档（推算的档次标明）；指标：总数、过低门槛数、过高门槛数，及表中附列指标',
  build(spec): ChartPanel {
    const ids = spec.indicators
    const unit = textOption(spec, 'unit', '')
    return {
      id: spec.id,
      title: spec.title,
      unit,
      scope: 'town',
      kind: 'chart',
      reads: ['meta.json', 'editions.json', 'indicators.json', 'values.json'],
      indicators: ids,
      period: (ctx) => periodLabel(requireIndicator(ctx.dataset, ids[1] ?? '')),
      source: (ctx) => sourceLine(ctx.dataset, ids.map((id) => requireIndicator(ctx.dataset, id))),
      headline: (ctx) => {
        const lower = requireIndicator(ctx.dataset, ids[1] ?? '')
        const share = ctx.dataset.indicators.find((item) => item.measure === 'share' && item.of === lower.id && ids.includes(item.id))
        return share ? `${lower.name} ${formatIndicator(lower)}，占比 ${formatIndicator(share)}` : `${lower.name} ${formatIndicator(lower)}`
      },
      buildOption(ctx) {
        const note = textOption(spec, 'note', spec.title)
        const items = tierRows(spec, ctx).map((row) => ({ ...row, sector: null, notes: [note] }))
        return horizontalBarsOption(ctx, spec.title, items, { axisName: unit })
      },
      buildTable(ctx) {
        // The top tier is stated; its note may say which words are the report's and which the dashboard's reading.
        const topNote = textOption(spec, 'topNote', '报道数据')
        const rows = tierRows(spec, ctx).map((row) => [row.name, { text: row.text, derived: row.derived }, row.derived ? '推算' : topNote])
        // The top tier is a row above already.
        for (const [index, id] of ids.entries()) {
          if (index === 2) continue
          const item = requireIndicator(ctx.dataset, id)
          rows.push([item.name, { text: formatIndicator(item), derived: false }, '报道数据'])
        }
        return table(['档次 / 指标', '数值', '说明'], rows)
      },
    }
  },
}
