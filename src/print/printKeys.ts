/**
 * Ctrl+P, the browser's own print and the 打印 button give the same sheets. In the first load (a few
 * lines, no print code): beforeprint builds the print view synchronously when the print code is there;
 * Ctrl+P (⌘P) fetches it first, then opens the print dialog. The code is never fetched unasked, so a
 * page left or reloaded right after loading has no request in flight. Until it is there (the browser's
 * menu print before any Ctrl+P or 打印), print.css alone hides the buttons and filter chrome.
 */
import { useDatasetStore } from '../stores/useDatasetStore'
import { printRegistry } from './printRegistry'

/**
 * Fetches the print code (it registers itself in printRegistry), and the code of every panel kind: the
 * sheets may hold every page (src/panels/registry.ts).
 */
export function loadPrintView(): Promise<void> {
  return Promise.all([import('./printView'), useDatasetStore().loadKinds()]).then(() => {
    // The browser tests wait for this mark.
    document.documentElement.dataset.print = 'ready'
  })
}

export function installPrint(): void {
  window.addEventListener('beforeprint', () => {
    printRegistry.view?.buildNow({ ...printRegistry.settings })
  })
  window.addEventListener('afterprint', () => printRegistry.view?.remove())
  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return
    event.preventDefault()
    void loadPrintView().then(
      () => window.print(),
      () => window.print(),
    )
  })
}
