/**
 * Village collective-economy tiers: 18 villages, 3 at 100万元+ (stated), 13 from 20万 to 100万 and 2
 * below 20万 (derived), 88.9% at 20万+ (stated), 17 party-led cooperatives.
 */
import { villageTiers } from '../../data/derived'
import { formatIndicator, periodLabel } from '../../format/number'
import { horizontalBarsOption } from '../bars'
import { requireIndicator, sourceLine } from '../lookup'
import { table } from '../lists'
import type { ChartPanel, PanelContext } from '../types'

const TITLE = '村集体经济收入分档'
const IDS = ['villages_total', 'villages_income_over_200k', 'villages_income_over_200k_share', 'villages_income_over_1m', 'party_led_cooperatives']

function tierRows(ctx: PanelContext) {
  const tiers = villageTiers(ctx.dataset)
  if (!tiers) throw new Error('data/indicators.json 中村集体经济分档数据不完整或前后矛盾')
  // Counted in the unit the report counts villages in.
  const villages = requireIndicator(ctx.dataset, 'villages_total')
  const text = (value: number) => formatIndicator({ ...villages, value })
  return [
    { name: '100万元以上（破百）', value: tiers.overOneMillion, text: text(tiers.overOneMillion), derived: false },
    { name: '20万至100万元', value: tiers.between, text: text(tiers.between), derived: true },
    { name: '20万元以下', value: tiers.under, text: text(tiers.under), derived: true },
  ]
}

export const villageTiersPanel: ChartPanel<'village_tiers'> = {
  id: 'village_tiers',
  title: TITLE,
  unit: '个（村）',
  scope: 'town',
  kind: 'chart',
  reads: ['meta.json', 'editions.json', 'indicators.json', 'values.json'],
  indicators: IDS,
  period: (ctx) => periodLabel(requireIndicator(ctx.dataset, 'villages_income_over_200k')),
  source: (ctx) => sourceLine(ctx.dataset, IDS.map((id) => requireIndicator(ctx.dataset, id))),
  headline: (ctx) => {
    const over200k = requireIndicator(ctx.dataset, 'villages_income_over_200k')
    return `${over200k.name} ${formatIndicator(over200k)}，占比 ${formatIndicator(requireIndicator(ctx.dataset, 'villages_income_over_200k_share'))}`
  },
  buildOption(ctx) {
    const items = tierRows(ctx).map((row) => ({ ...row, sector: null, notes: ['村集体经济收入'] }))
    return horizontalBarsOption(ctx, TITLE, items, { axisName: '个（村）' })
  },
  buildTable(ctx) {
    const rows = tierRows(ctx).map((row) => [row.name, { text: row.text, derived: row.derived }, row.derived ? '推算' : '报道数据'])
    for (const id of IDS) {
      const item = requireIndicator(ctx.dataset, id)
      if (id !== 'villages_income_over_1m') rows.push([item.name, { text: formatIndicator(item), derived: false }, '报道数据'])
    }
    return table(['档次 / 指标', '数值', '说明'], rows)
  },
}
