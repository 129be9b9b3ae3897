/** Modern agriculture: leading enterprises and cooperatives (20余), standard bases, certifications, demo sites. */
import { formatIndicator } from '../../format/number'
import { indicatorBarsPanel } from '../bars'

export const agriculturePanel = indicatorBarsPanel({
  id: 'agriculture',
  title: '现代农业',
  unit: '家',
  scope: 'sector',
  bars: [
    { id: 'agricultural_leading_enterprises', label: '省市龙头企业、合作社' },
    { id: 'green_certified', label: '无公害、绿色认证' },
    { id: 'leisure_agriculture_sites', label: '休闲农业与乡村旅游示范点' },
    { id: 'standardised_bases', label: '省市级标准化基地' },
  ],
  summary: (_ctx, shown) => ({
    headline: shown.length > 0 ? `${shown[0].name} ${formatIndicator(shown[0])}` : '',
  }),
})
