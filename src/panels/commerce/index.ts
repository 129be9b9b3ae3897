/**
 * Commerce and e-commerce: above-scale wholesale, retail, hotel and catering enterprises (17), e-commerce
 * enterprises and online shops (200余, a lower bound), and the logistics park's share of the district's
 * daily throughput (40%). Different units, so cards.
 */
import { lowerBoundNote } from '../bars'
import { indicatorCardsPanel } from '../cards'

export const commercePanel = indicatorCardsPanel({
  id: 'commerce',
  title: '商贸物流与电子商务',
  unit: '家、%',
  scope: 'sector',
  cards: [
    { id: 'above_scale_trade_enterprises', label: '在库批零住餐规上企业' },
    { id: 'ecommerce_enterprises_and_shops', label: '电商企业、网店', note: (_ctx, indicator) => lowerBoundNote(indicator) },
    { id: 'logistics_throughput_share', label: '世通物流园日吞吐量占全区', note: () => '每日货物吞吐量占比' },
  ],
})
