/**
 * Ctrl+P and the 打印 button give the same sheets: beforeprint builds the print view (synchronously, from
 * the print chunk fetched with this hook shortly after the first load), afterprint removes it. Neither is
 * in the first load; until they arrive, print.css alone hides the buttons and filter chrome.
 */
import { printSettings } from './printSettings'
import type { PrintState } from './printView'

type PrintModule = typeof import('./printView')
let printModule: PrintModule | undefined
let loading: Promise<PrintModule> | undefined

/** Fetches the print chunk once; the 打印 button waits for it, Ctrl+P uses it if it has arrived. */
export function loadPrint(): Promise<PrintModule> {
  loading ??= import('./printView').then(
    (module) => {
      printModule = module
      // From now on Ctrl+P prints the app's sheets (the browser tests wait for this mark).
      document.documentElement.dataset.print = 'ready'
      return module
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** `state` reads the stores at print time: what is on screen then is what prints. */
export function installPrint(state: () => PrintState | undefined): void {
  window.addEventListener('beforeprint', () => {
    const now = state()
    if (printModule && now) printModule.buildPrintView(now, { ...printSettings })
  })
  window.addEventListener('afterprint', () => printModule?.removePrintView())
  void loadPrint().catch(() => undefined)
}
