/**
 * The layout of the data files as the bundled ones are written: one item per line, written as
 * `{"id": "retail_sales", "value": 11.39}` (a space after each colon and comma), so a diff of an update
 * shows the rows that changed and a write that changes nothing writes the very same bytes. Pure.
 */

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

/** A list file: `{"<key>": [ one item per line ]}`. */
export function listText(key: string, items: readonly unknown[]): string {
  if (items.length === 0) return `{\n  "${key}": []\n}\n`
  return `{\n  "${key}": [\n${items.map((item) => `    ${jsonLine(item)}`).join(',\n')}\n  ]\n}\n`
}
