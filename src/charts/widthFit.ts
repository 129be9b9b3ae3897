/**
 * How an option fits the width it is drawn at: its time axes thinned to that width (./timeAxis.ts). The
 * fit comes with the extras, which an option with a time axis needs (partsOf in ./echarts.ts), so it is
 * registered before such an option is drawn; the first load carries only this hook.
 */
import type { ChartOption } from './echarts'

type WidthFit = (option: ChartOption, width: number) => ChartOption
let widthFit: WidthFit | undefined

export function registerWidthFit(fit: WidthFit): void {
  widthFit = fit
}

/** The option as drawn `width` px wide (as it is until the extras are registered: it has no time axis). */
export function atWidth(option: ChartOption, width: number): ChartOption {
  return widthFit ? widthFit(option, width) : option
}

/**
 * The option without its tooltip (an instance created before the tooltip was registered; an export). The
 * key is left out, not set to undefined: ECharts names a key it has no component for as "used but not
 * imported", whatever its value.
 */
export function withoutTooltip(option: ChartOption): ChartOption {
  if (!('tooltip' in option)) return option
  const rest = { ...option }
  delete rest.tooltip
  return rest
}
