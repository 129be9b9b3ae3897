/**
 * Code the portable page holds but runs only when asked for (exceljs, about 850 KB): its text sits in a
 * JSON block, inert, and becomes a script element when needed. The page's policy allows it by the hash
 * of that very text (scripts/portable/plugin.ts), so no 'unsafe-inline' and no eval.
 */
import { LAZY_BLOCK_PREFIX } from '../platform/marks'

/** The text of the lazy script `name`, or undefined when the page does not hold it (the served build). */
export function lazyScriptText(name: string, doc: Document = document): string | undefined {
  const block = doc.getElementById(LAZY_BLOCK_PREFIX + name)
  return block instanceof HTMLScriptElement ? (JSON.parse(block.text) as string) : undefined
}

/** Runs the lazy script `name` (synchronously) and says whether the page held it. */
function runLazyScript(name: string, doc: Document = document): boolean {
  const text = lazyScriptText(name, doc)
  if (text === undefined) return false
  const script = doc.createElement('script')
  script.text = text
  doc.head.append(script)
  return true
}

/**
 * A library built as a plain script that sets a global (exceljs, pptxgenjs): run from its lazy block in
 * the portable page, else fetched once from this site ('self' in the CSP). A failed load may be retried.
 */
export function classicScript<T>(opts: { lazy: string; url: string; read: () => T | undefined; notReady: string; notLoaded: string }): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () =>
    (loading ??= new Promise<T>((resolve, reject) => {
      const settle = () => {
        const value = opts.read()
        if (value) resolve(value)
        else reject(new Error(opts.notReady))
      }
      if (opts.read() || runLazyScript(opts.lazy)) return settle()
      const script = Object.assign(document.createElement('script'), { src: new URL(opts.url, document.baseURI).href, async: true })
      script.onload = settle
      script.onerror = () => reject(new Error(opts.notLoaded))
      document.head.append(script)
    }).catch((error: unknown) => {
      loading = undefined
      throw error
    }))
}
