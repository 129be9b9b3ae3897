/**
 * A screen-mode slide drawn before it is shown: each chart on it says when its first frame is painted,
 * so the slide fades in complete (src/components/ScreenSlideLayer.vue provides it, ChartView injects it).
 */
import type { InjectionKey } from 'vue'

export interface SlideDraw {
  /** A chart begins drawing; call the returned function once it has drawn (or will not draw). */
  start(): () => void
}

export const SLIDE_DRAW: InjectionKey<SlideDraw> = Symbol('slide-draw')
