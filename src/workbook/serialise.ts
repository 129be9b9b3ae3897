/**
 * The data files as text, laid out as the bundled ones are: one item per line, so a diff of an update
 * shows the rows that changed. Pure.
 */
import type { DataFileName, DataFiles } from '../data/schema'

const LISTS = ['editions', 'sectors', 'indicators', 'values', 'projects', 'honours'] as const

function listText(key: string, items: readonly unknown[]): string {
  if (items.length === 0) return `{\n  "${key}": []\n}\n`
  return `{\n  "${key}": [\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]\n}\n`
}

export function dataFileTexts(files: DataFiles): Record<DataFileName, string> {
  const texts = { 'meta.json': `${JSON.stringify(files.meta, null, 2)}\n` } as Record<DataFileName, string>
  for (const key of LISTS) texts[`${key}.json`] = listText(key, files[key])
  // No definition: no file, and the dashboard is laid out automatically.
  if (files.dashboard) texts['dashboard.json'] = `${JSON.stringify(files.dashboard, null, 2)}\n`
  return texts
}
