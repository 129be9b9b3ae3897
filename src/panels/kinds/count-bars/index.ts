/**
 * 条形对比: one bar per figure of one unit (家, 亩, 个), filtered by sector. Options: `labels` (short bar
 * labels by id), `unit`, `scope`; a total the report implies (推算) with `sum` (the table row's name) and
 * the templates `sumHeadline`, `sumNote`, `sumRowNote`, where {合计} is the total, {算式} the sum of the
 * figures as written, {数值算式} of the bare numbers, {范围} the figure named by `within` (an indicator
 * that is not a bar: 18个 villages), which `withinNote` names when there is no total to compute.
 */
import { formatIndicator } from '../../../format/number'
import { indicatorBarsPanel, sumText, type BarsSummary } from '../../bars'
import { requireIndicator } from '../../lookup'
import { cell } from '../../lists'
import type { PanelKind, PanelSpec } from '../../spec'
import { mapOption, maybeText, scopeOption, textOption } from '../../spec'
import type { Indicator } from '../../../data/schema'
import type { PanelContext } from '../../types'

function summary(spec: PanelSpec, ctx: PanelContext, shown: readonly Indicator[]): BarsSummary {
  const withinId = maybeText(spec, 'within')
  const within = withinId === undefined ? undefined : requireIndicator(ctx.dataset, withinId)
  const withinRows = within ? [[within.name, formatIndicator(within), '全镇', '报道数据']] : []
  const sum = maybeText(spec, 'sum')
  const named = shown.map((item) => `${item.name} ${formatIndicator(item)}`)
  // A total of one figure or none is no computation: no derived row, never 0（推算） with an empty formula.
  if (sum === undefined || shown.length < 2) {
    const note = maybeText(spec, 'withinNote')
    return {
      headline: sum === undefined ? (named[0] ?? '') : named.join(''),
      ...(note && within ? { note: note.replace('{范围}', formatIndicator(within)) } : {}),
      ...(withinRows.length ? { rows: withinRows } : {}),
    }
  }
  const fill = (template: string) =>
    template
      .replace('{合计}', sumText(shown))
      .replace('{算式}', shown.map(formatIndicator).join(' + '))
      .replace('{数值算式}', shown.map((item) => item.value).join(' + '))
      .replace('{范围}', within ? formatIndicator(within) : '')
  return {
    headline: fill(textOption(spec, 'sumHeadline', `${sum} {合计}（推算）`)),
    note: fill(textOption(spec, 'sumNote', '合计 {合计}（推算：{算式}）')),
    rows: [[sum, cell(sumText(shown), true), '', fill(textOption(spec, 'sumRowNote', '推算：{算式}'))], ...withinRows],
  }
}

export const countBarsKind: PanelKind = {
  about: '条形对比：同一单位的几项指标各一条，可推算合计（选项 sum）',
  build(spec) {
    const labels = mapOption(spec, 'labels')
    const within = maybeText(spec, 'within')
    return indicatorBarsPanel({
      id: spec.id,
      title: spec.title,
      unit: textOption(spec, 'unit', ''),
      scope: scopeOption(spec),
      bars: spec.indicators.filter((id) => id !== within).map((id) => ({ id, label: labels[id] })),
      uses: within === undefined ? [] : [within],
      summary: (ctx, shown) => summary(spec, ctx, shown),
    })
  },
}
