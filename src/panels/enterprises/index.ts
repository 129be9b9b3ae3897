/**
 * Enterprises and project service: "four-above" enterprises (79家, 新增5个; the report gives no rate), the
 * 148 enterprises and key projects each with a support team, and the six vanguard teams for projects.
 */
import { addedNote, indicatorCardsPanel } from '../cards'
import { requireIndicator } from '../lookup'

const FOUR_ABOVE_NEW = 'four_above_enterprises_new'

export const enterprisesPanel = indicatorCardsPanel({
  id: 'enterprises',
  title: '企业与项目服务',
  unit: '家、个、支',
  scope: 'town',
  cards: [
    { id: 'four_above_enterprises_total', label: '“四上”企业', note: (ctx) => addedNote(requireIndicator(ctx.dataset, FOUR_ABOVE_NEW)) },
    { id: 'enterprises_served', label: '帮扶企业和重点项目', note: () => '帮扶小分队全覆盖' },
    { id: 'vanguard_teams', label: '项目攻坚先锋队' },
  ],
  uses: [FOUR_ABOVE_NEW],
})
