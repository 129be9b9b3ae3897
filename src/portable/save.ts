/**
 * 保存为新看板文件: the portable page again, with new data. Written from the parts kept at start
 * (./pristine.ts) through the same function the build uses (./page.ts), so it differs from the page it was
 * made from only inside the data blocks; named with the newest edition of the new data. Saved through the
 * browser's save dialog where it has one, else as a download.
 */
import type { DataFileName } from '../data/schema'
import { escapeForScript, newestEditionName, portableFileName, portablePage, townOfMeta } from './page'
import { pristineParts } from './pristine'
import { splitFolder } from '../data/split'

/** The page text with `texts` as its data, in the split form (src/data/split.ts), as the build writes it. */
function nextPortablePage(texts: Record<DataFileName, string>): string {
  const parts = pristineParts()
  if (!parts) throw new Error('只有离线版看板可以保存为新看板文件')
  const data = Object.fromEntries(Object.entries(splitFolder(texts)).map(([name, text]) => [name, escapeForScript(text)]))
  return portablePage({ ...parts, data })
}

interface SaveFilePicker {
  showSaveFilePicker?: (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<{
    createWritable(): Promise<{
      write(data: Blob): Promise<void>
      close(): Promise<void>
    }>
  }>
}

/** Saves the new page; false when the user closed the save dialog. */
export async function savePortablePage(texts: Record<DataFileName, string>, win: Window & SaveFilePicker = window): Promise<boolean> {
  const name = portableFileName(newestEditionName(texts['editions.json']), townOfMeta(texts['meta.json']))
  const blob = new Blob([nextPortablePage(texts)], {
    type: 'text/html;charset=utf-8',
  })
  if (typeof win.showSaveFilePicker === 'function') {
    try {
      const handle = await win.showSaveFilePicker({
        suggestedName: name,
        types: [{ description: '看板文件', accept: { 'text/html': ['.html'] } }],
      })
      const writable = await handle.createWritable()
      await writable.write(blob)
      await writable.close()
      return true
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return false
      throw error
    }
  }
  const url = URL.createObjectURL(blob)
  const link = Object.assign(win.document.createElement('a'), {
    href: url,
    download: name,
    hidden: true,
  })
  win.document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return true
}
