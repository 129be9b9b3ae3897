/**
 * The data files as text, laid out as the bundled ones are: one item per line, written as
 * `{"id": "retail_sales", "value": 11.39}` (a space after each colon and comma), so a diff of an update shows the
 * rows that changed and an import that changes nothing writes the very same bytes. Every file of the one
 * list (DATA_FILES) is written, an optional one as an empty list when the data has none. Pure.
 */
import { DATA_FILE_NAMES, DATA_FILES, type DataFileName, type DataFiles } from '../data/schema'

/** One JSON value on one line, with a space after each colon and comma. */
function jsonLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonLine).join(', ')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => `${JSON.stringify(key)}: ${jsonLine(item)}`)
      .join(', ')}}`
  return JSON.stringify(value)
}

function listText(key: string, items: readonly unknown[]): string {
  if (items.length === 0) return `{\n  "${key}": []\n}\n`
  return `{\n  "${key}": [\n${items.map((item) => `    ${jsonLine(item)}`).join(',\n')}\n  ]\n}\n`
}

export function dataFileTexts(files: DataFiles): Record<DataFileName, string> {
  const texts = {} as Record<DataFileName, string>
  for (const name of DATA_FILE_NAMES) {
    const key = DATA_FILES[name].list
    if (name === 'dashboard.json')
      // No definition: an empty text, the way an absent optional file reads (an automatic dashboard).
      texts[name] = files.dashboard ? `${JSON.stringify(files.dashboard, null, 2)}\n` : ''
    else texts[name] = key === null ? `${JSON.stringify(files.meta, null, 2)}\n` : listText(key, files[key])
  }
  return texts
}
