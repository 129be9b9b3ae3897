/** Land put in order in the rural "三资" clean-up: reserve land 2986亩 and "四荒" land 4242亩 let by contract. */
import { formatIndicator } from '../../format/number'
import { indicatorBarsPanel, sumText } from '../bars'
import { cell } from '../lists'

export const landPanel = indicatorBarsPanel({
  id: 'land',
  title: '规范发包土地',
  unit: '亩',
  scope: 'sector',
  bars: [
    { id: 'contracted_reserve_land', label: '机动地' },
    { id: 'contracted_wasteland', label: '“四荒”地' },
  ],
  summary(_ctx, shown) {
    const total = sumText(shown)
    const formula = shown.map(formatIndicator).join(' + ')
    if (shown.length < 2) return { headline: shown.map(formatIndicator).join('') }
    return {
      headline: `“三资”清理 规范发包合计 ${total}（推算）`,
      note: `合计 ${total}（推算：${formula}）`,
      rows: [['规范发包土地合计', cell(total, true), '', `推算：${formula}`]],
    }
  },
})
