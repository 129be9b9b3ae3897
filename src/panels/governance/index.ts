/**
 * Livelihood and governance: petition resolution rate (90%), the civilisation practice institute and its
 * 18 stations, and the special supervisions (30余次, a lower bound).
 */
import { indicatorCardsPanel } from '../cards'

export const governancePanel = indicatorCardsPanel({
  id: 'governance',
  title: '民生与社会治理',
  unit: '%、处、次',
  scope: 'sector',
  cards: [
    { id: 'petition_resolution_rate', label: '信访案件化解率' },
    { id: 'civilisation_institute', label: '镇新时代文明实践所' },
    { id: 'civilisation_stations', label: '村（社区）文明实践站' },
    { id: 'special_supervisions', label: '专项督导', note: () => '管区综合党委开展' },
  ],
})
