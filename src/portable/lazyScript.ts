/**
 * Code the portable page holds but runs only when asked for (exceljs, about 850 KB): its text sits in a
 * JSON block, inert, and becomes a script element when needed. The page's policy allows it by the hash
 * of that very text (scripts/portable/plugin.ts), so no 'unsafe-inline' and no eval.
 */
import { LAZY_BLOCK_PREFIX } from './marks'

/** Runs the lazy script `name` (synchronously) and says whether the page held it. */
export function runLazyScript(name: string, doc: Document = document): boolean {
  const block = doc.getElementById(LAZY_BLOCK_PREFIX + name)
  if (!(block instanceof HTMLScriptElement)) return false
  const script = doc.createElement('script')
  script.text = JSON.parse(block.text) as string
  doc.head.append(script)
  return true
}
