/**
 * Party building and working style: the seven management-district party committees, the seven members and
 * organisations honoured "两优一先", and the 17 party-led village cooperatives.
 */
import { indicatorCardsPanel } from '../cards'

export const partyPanel = indicatorCardsPanel({
  id: 'party',
  title: '党建引领与作风建设',
  unit: '个',
  scope: 'town',
  cards: [
    { id: 'management_district_committees', label: '管区综合党委' },
    { id: 'party_awards_two_excellent_one_advanced', label: '获评“两优一先”', note: () => '党员和基层党组织' },
    { id: 'party_led_cooperatives', label: '村党组织领办合作社' },
  ],
})
