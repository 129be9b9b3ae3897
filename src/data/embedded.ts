/**
 * The data files held in the page itself: the portable build (one HTML file for a USB stick) writes each
 * as a <script type="application/json"> block, since a page opened from file:// can fetch nothing. When
 * the blocks are there the app reads them instead of data/ (src/data/load.ts).
 */
import { DATA_BLOCK_PREFIX, PORTABLE_MARK } from '../platform/marks'
import { DATA_FILES, type DataFileName } from './schema'

/** True in the portable build's page (marked on <html>, readable before anything else runs). */
export function isPortablePage(doc: Document | undefined = globalThis.document): boolean {
  return !!doc?.documentElement.hasAttribute(PORTABLE_MARK)
}

/** The text of each data block, exactly as the page holds it; undefined when the page has none. */
export function embeddedDataTexts(doc: Document | undefined = globalThis.document): Record<DataFileName, string> | undefined {
  if (!isPortablePage(doc) || !doc) return undefined
  const texts = {} as Record<DataFileName, string>
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    const block = doc.getElementById(DATA_BLOCK_PREFIX + name)
    // A missing block reads as an empty file: the store reports it as such, like a missing data file.
    texts[name] = block instanceof HTMLScriptElement ? block.text : ''
  }
  return texts
}
