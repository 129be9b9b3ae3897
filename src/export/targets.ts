/**
 * Element references the exports need, handed over by the components that own the elements (no look-up
 * by CSS class): each panel frame registers its chart area while mounted; the app provides its root for
 * 导出整屏. First-load code: no imports beyond Vue's types, so the exporter stays a lazy chunk.
 */
import type { InjectionKey, Ref } from 'vue'

export interface PanelTarget {
  /** The panel's body: the chart area whose size an export of the panel takes. */
  body: HTMLElement
  /** The chart element inside the body, when the panel draws a chart now. */
  chart: HTMLElement | undefined
}

const targets = new Map<string, () => PanelTarget | undefined>()

/** Called by a panel frame on mount; the returned function unregisters it (on unmount). */
export function registerPanelTarget(panelId: string, target: () => PanelTarget | undefined): () => void {
  targets.set(panelId, target)
  return () => {
    if (targets.get(panelId) === target) targets.delete(panelId)
  }
}

/** The panels mounted now, by id, with their elements as they are at this moment. */
export function panelTargets(): Map<string, PanelTarget> {
  const now = new Map<string, PanelTarget>()
  for (const [id, target] of targets) {
    const found = target()
    if (found) now.set(id, found)
  }
  return now
}

/** What 导出整屏 draws: the app's root, the elements left out (the header's controls), the page's name. */
export interface ScreenTarget {
  root: HTMLElement
  leaveOut: readonly Element[]
  pageTitle: string
}

/** Provided by the app (its root element) to the header's export menu. */
export const SCREEN_ROOT: InjectionKey<Readonly<Ref<HTMLElement | null>>> = Symbol('screen root')
