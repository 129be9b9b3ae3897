/**
 * Urban construction and housing: residential estates under construction (16, 3万余 new residents
 * expected), the demolition teams (45), the cadres mobilised (230余) and the Houchenhu shanty-town
 * demolition finished after 12 years (8 households).
 */
import type { Indicator } from '../../data/schema'
import { formatPeriod } from '../../format/period'
import { indicatorCardsPanel } from '../cards'
import type { PanelContext } from '../types'

/** The day of a one-day action, as the data dates it (2022年6月23日). */
const dayOf = (_ctx: PanelContext, indicator: Indicator) => formatPeriod(indicator.period)

export const urbanHousingPanel = indicatorCardsPanel({
  id: 'urban_housing',
  title: '城市建设与住房',
  unit: '个、人、名、户、年',
  scope: 'sector',
  cards: [
    { id: 'residential_projects_under_construction', label: '在建小区' },
    { id: 'expected_new_residents', label: '预计新入住居民' },
    { id: 'demolition_teams', label: '拆迁攻坚队' },
    { id: 'demolition_cadres_mobilised', label: '后陈湖集中拆迁集结干部', note: dayOf },
    { id: 'demolition_households_completed', label: '后陈湖完成拆迁', note: dayOf },
    { id: 'houchenhu_demolition_years', label: '后陈湖棚改拆迁历时', note: () => '拆迁局面顺利解决' },
  ],
})
