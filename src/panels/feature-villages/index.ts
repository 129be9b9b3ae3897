/**
 * Characteristic villages by type: agriculture 14, culture and tourism 3, commerce 9. A village can have
 * several types (14 + 3 + 9 = 26 labels on 18 villages), so the types are bars, never a pie of villages.
 */
import { formatIndicator } from '../../format/number'
import { indicatorBarsPanel, sumText } from '../bars'
import { requireIndicator } from '../lookup'
import { cell } from '../lists'

export const featureVillagesPanel = indicatorBarsPanel({
  id: 'feature_villages',
  title: '特色产业村',
  unit: '个（村）',
  scope: 'sector',
  bars: [
    { id: 'agricultural_feature_villages', label: '农业特色产业村' },
    { id: 'culture_tourism_feature_villages', label: '文旅特色产业村' },
    { id: 'commerce_feature_villages', label: '特色商贸村' },
  ],
  uses: ['villages_total'],
  summary(ctx, shown) {
    const villages = requireIndicator(ctx.dataset, 'villages_total')
    const labels = sumText(shown)
    const sum = shown.map((item) => item.value).join(' + ')
    const count = `${labels}类型（推算：${sum}）`
    // A total of one type or none is no computation: no derived row, never 0（推算） with an empty formula.
    if (shown.length < 2)
      return {
        headline: shown.map((item) => `${item.name} ${formatIndicator(item)}`).join(''),
        note: `全镇共${formatIndicator(villages)}行政村`,
        rows: [[villages.name, formatIndicator(villages), '全镇', '报道数据']],
      }
    return {
      headline:
        shown.length > 1
          ? `特色产业村类型合计 ${labels}（推算），分布于全镇${formatIndicator(villages)}行政村`
          : shown.map((item) => `${item.name} ${formatIndicator(item)}`).join(''),
      note: `一村可兼有多种类型：合计 ${count}，全镇共${formatIndicator(villages)}行政村`,
      rows: [
        ['特色产业村类型合计', cell(labels, true), '', `推算：${sum}；一村可兼有多种类型，不是村数`],
        [villages.name, formatIndicator(villages), '全镇', '报道数据'],
      ],
    }
  },
})
