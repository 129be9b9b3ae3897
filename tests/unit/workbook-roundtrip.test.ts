/**
 * Export then import, unchanged, gives back data files equal in content to the originals: for the bundled
 * data and for every fixture folder found under tests/fixtures at run time.
 */
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { dataFolders, folderFiles, importBook, workbookOf } from '../support/workbook'
import { folderTexts } from '../support/fixtures'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'

const ROOT = path.join(__dirname, '../..')

describe('workbook round trip', () => {
  it.each(dataFolders(ROOT))('%s: export then import gives the same data files', async (folder) => {
    const dir = path.join(ROOT, folder)
    const result = await importBook(await workbookOf(dir))
    if (!result.ok) throw new Error(result.issues.map((issue) => JSON.stringify(issue)).join('\n'))
    expect(result.files).toEqual(folderFiles(dir))
    const originals = folderTexts(dir)
    for (const name of Object.keys(DATA_FILES) as DataFileName[]) expect(JSON.parse(result.texts[name]), name).toEqual(JSON.parse(originals[name]))
  })
})
