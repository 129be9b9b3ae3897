/** The text of one file inside a ZIP (an .xlsx), to check what the XML holds. */
import { strFromU8, unzipSync } from 'fflate'

export function fflateUnzip(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === name })[name]
  if (!entry) throw new Error(`${name} not in the ZIP`)
  return strFromU8(entry)
}
