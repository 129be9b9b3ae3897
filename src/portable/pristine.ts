/**
 * Imported by main.ts before Vue mounts: in the portable page, keeps the page's parts exactly as the file
 * holds them (raw script and style texts, attribute values), for 保存为新看板文件. Never the live DOM later:
 * by then it carries the theme, the scale and Vue's content. Then hides the plain-text note meant for
 * browsers that run no script (the app has started).
 */
import { isPortablePage } from '../data/embedded'
import { DATA_BLOCK_PREFIX, ELEMENT_IDS, LAZY_BLOCK_PREFIX } from '../platform/marks'
import type { PortableParts } from './page'

let pristine: PortableParts | undefined

/** The parts of the page as loaded, or undefined outside the portable page. */
export function readPageParts(doc: Document): PortableParts | undefined {
  if (!isPortablePage(doc)) return undefined
  const element = (id: string) => {
    const found = doc.getElementById(id)
    if (!found) throw new Error(`离线版页面缺少 #${id}`)
    return found
  }
  const blocks = (prefix: string) =>
    Object.fromEntries(
      Array.from(doc.querySelectorAll<HTMLScriptElement>('script[type="application/json"]'))
        .filter((block) => block.id.startsWith(prefix))
        .map((block) => [block.id.slice(prefix.length), block.text]),
    )
  const publicUrl = doc.getElementById(ELEMENT_IDS.publicUrl)
  return {
    csp: element(ELEMENT_IDS.csp).getAttribute('content') ?? '',
    favicon: element(ELEMENT_IDS.favicon).getAttribute('href') ?? '',
    legacyCheck: (element(ELEMENT_IDS.legacyCheck) as HTMLScriptElement).text,
    style: element(ELEMENT_IDS.style).textContent ?? '',
    app: (element(ELEMENT_IDS.app) as HTMLScriptElement).text,
    data: blocks(DATA_BLOCK_PREFIX),
    lazy: blocks(LAZY_BLOCK_PREFIX),
    ...(publicUrl ? { publicUrl: publicUrl.getAttribute('content') ?? '' } : {}),
  }
}

/** The page's parts as it was loaded (portable page only). */
export function pristineParts(): PortableParts | undefined {
  return pristine
}

/**
 * Called by main.ts first thing, in the portable build only (a served page is never a portable one, and
 * its first load does not carry this code).
 */
export function keepPristineParts(): void {
  if (typeof document === 'undefined' || !isPortablePage(document)) return
  pristine = readPageParts(document)
  document.getElementById(ELEMENT_IDS.staticNote)?.remove()
}
