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
