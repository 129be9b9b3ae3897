/**
 * The data files held in the page itself: the portable build (one HTML file for a USB stick) writes each
 * as a <script type="application/json"> block, since a page opened from file:// can fetch nothing. When
 * the blocks are there the app reads them instead of data/ (src/data/load.ts). Written in the split form
 * (one block per file of the folder: values.json the index, values/<year>.json); pages of the single-file form read too.
 */
import { DATA_BLOCK_PREFIX, PORTABLE_MARK } from '../platform/marks'
import { DATA_FILES, type DataFileName } from './schema'
import { readSplitFolder } from './split'

/** True in the portable build's page (marked on <html>, readable before anything else runs). */
export function isPortablePage(doc: Document | undefined = globalThis.document): boolean {
  return !!doc?.documentElement.hasAttribute(PORTABLE_MARK)
}

/** The text of each data block, exactly as the page holds it; undefined when the page has none. */
export function embeddedDataTexts(doc: Document | undefined = globalThis.document): Record<DataFileName, string> | undefined {
  if (!isPortablePage(doc) || !doc) return undefined
  const blocks = dataBlockTexts(doc)
  // A missing block reads as an empty file: the store reports it as such, like a missing data file.
  return Object.fromEntries(Object.entries(blocks).map(([name, text]) => [name, text ?? ''])) as Record<DataFileName, string>
}

/**
 * The logical data files of a page's blocks (undefined: no block): in the split form (src/data/split.ts:
 * blocks values.json (the index) and values/<year>.json, every year at once: the page has no refresh) or the form of
 * older pages, one block per file.
 */
export function dataBlockTexts(doc: Document): Record<DataFileName, string | undefined> {
  const block = (name: string) => {
    const found = doc.getElementById(DATA_BLOCK_PREFIX + name)
    return found instanceof HTMLScriptElement ? found.text : undefined
  }
  const split = readSplitFolder((name) => block(name) ?? { error: '页面中缺少该数据块', missing: true })
  if (split) return Object.fromEntries(Object.entries(split.texts).map(([name, text]) => [name, typeof text === 'string' ? text : undefined])) as Record<DataFileName, string | undefined>
  return Object.fromEntries((Object.keys(DATA_FILES) as DataFileName[]).map((name) => [name, block(name)])) as Record<DataFileName, string | undefined>
}
