/**
 * 总量对比: a level figure against the same period last year (stated, or derived from its growth and
 * labelled 推算), the months so far when editions allow, or the whole years; the stated growth and the
 * yearly target. Indicators: the level, then its growth. Options: `unit` (shown in), `derivation` (real:
 * the growth is at comparable prices, so the derived year is only indicative; nominal).
 */
import type { Derivation } from '../../levelView'
import { yearOnYearPanel } from '../../yearOnYear'
import type { PanelKind } from '../../spec'
import { textOption } from '../../spec'

export const levelCompareKind: PanelKind = {
  about: '总量对比：本期与上年同期（推算时标明），有多期时逐月累计；指标：总量、其增速',
  build(spec) {
    const derivation: Derivation = textOption(spec, 'derivation', 'nominal') === 'real' ? 'real' : 'nominal'
    const [levelId = '', growthId] = spec.indicators
    return yearOnYearPanel({ id: spec.id, title: spec.title, levelId, growthId, unit: textOption(spec, 'unit', ''), derivation })
  },
}
