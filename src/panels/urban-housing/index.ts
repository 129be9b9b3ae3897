/**
 * Urban construction and housing: residential estates under construction (16, 3万余 new residents
 * expected), the demolition teams (45), the cadres mobilised (230余) and the Houchenhu shanty-town
 * demolition finished after 12 years (8 households).
 */
import { indicatorCardsPanel } from '../cards'

export const urbanHousingPanel = indicatorCardsPanel({
  id: 'urban_housing',
  title: '城市建设与住房',
  unit: '个、人、户',
  scope: 'sector',
  cards: [
    { id: 'residential_projects_under_construction', label: '在建小区' },
    { id: 'expected_new_residents', label: '预计新入住居民' },
    { id: 'demolition_teams', label: '拆迁攻坚队' },
    { id: 'demolition_cadres_mobilised', label: '6月23日集结干部', note: () => '后陈湖棚改集中拆迁' },
    { id: 'demolition_households_completed', label: '后陈湖完成拆迁', note: () => '6月23日' },
    { id: 'houchenhu_demolition_years', label: '后陈湖棚改拆迁历时', note: () => '拆迁局面顺利解决' },
  ],
})
