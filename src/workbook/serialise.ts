/**
 * The data files as text, laid out as the bundled ones are: one item per line, written as
 * `{"id": "retail_sales", "value": 11.39}` (a space after each colon and comma), so a diff of an update shows the
 * rows that changed and an import that changes nothing writes the very same bytes. Every file of the one
 * list (DATA_FILES) is written, an optional one as an empty list when the data has none. Pure.
 */
import { listText } from '../data/jsonLayout'
import { DATA_FILE_NAMES, DATA_FILES, type DataFileName, type DataFiles } from '../data/schema'

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
