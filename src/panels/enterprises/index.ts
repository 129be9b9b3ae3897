/**
 * Enterprises and project service: "four-above" enterprises (79, 新增5家; the report gives no rate), the
 * 148 enterprises and key projects each with a support team, and the six vanguard teams for projects.
 */
import { formatIndicator } from '../../format/number'
import { indicatorCardsPanel } from '../cards'
import { requireIndicator } from '../shared'

export const enterprisesPanel = indicatorCardsPanel({
  id: 'enterprises',
  title: '企业与项目服务',
  unit: '家、支',
  scope: 'town',
  cards: [
    {
      id: 'four_above_enterprises_total',
      label: '“四上”企业',
      note: (ctx) => `新增${formatIndicator({ ...requireIndicator(ctx.dataset, 'four_above_enterprises_new'), displayUnit: '家' })}`,
    },
    { id: 'enterprises_served', label: '帮扶企业和重点项目', note: () => '每家一个帮扶小分队，全覆盖' },
    { id: 'vanguard_teams', label: '项目攻坚先锋队' },
  ],
  uses: ['four_above_enterprises_new'],
})
