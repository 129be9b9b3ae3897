/**
 * Any town (issue 23 item 8): the town, title and names come from the data (meta.json), never from the
 * code: no file of src/ names the bundled town, and the second town's workbook, ZIP note and portable file
 * name carry its own name.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { portableFileName, townOfMeta } from '../../src/portable/page'
import { dashboardTitle } from '../../src/platform/marks'
import { placementNote } from '../../src/workbook/browser'
import { workbookOf } from '../support/workbook'
import { folderTexts } from '../support/fixtures'

const ROOT = join(__dirname, '../..')
const SECOND_TOWN = join(ROOT, 'tests/fixtures/second-town')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
}

describe('any town', () => {
  it('has no file of src/ naming the bundled town', () => {
    const naming = filesUnder(join(ROOT, 'src')).filter((file) => readFileSync(file, 'utf8').includes('永安'))
    expect(naming).toEqual([])
  })

  it('titles the page from the data: index.html and the server name no town, the app puts meta.json’s title', () => {
    expect(readFileSync(join(ROOT, 'index.html'), 'utf8')).toMatch(/<title>经济运行看板<\/title>/)
    expect(readFileSync(join(ROOT, 'scripts/serve.mjs'), 'utf8')).not.toContain('永安')
    expect(dashboardTitle(JSON.parse(folderTexts(SECOND_TOWN)['meta.json']) as { title: string })).toBe('青禾镇经济运行看板')
    expect(dashboardTitle(undefined)).toBe('经济运行看板')
  })

  it('names the second town in its workbook, its data ZIP note and its portable file', async () => {
    const book = await workbookOf(SECOND_TOWN)
    expect(book.creator).toBe('青禾镇经济运行看板')
    expect(book.getWorksheet('说明')!.getRow(1).getCell(1).value).toBe('青禾镇经济运行看板 · 数据维护工作簿')
    // The split form: values.json (the index), the values folder and the other files (src/data/split.ts).
    expect(placementNote('青禾镇经济运行看板')).toMatch(/^青禾镇经济运行看板 · 数据文件\r\n\r\n把 data 文件夹中的全部文件（values\.json、values 文件夹和其余 \.json 文件）/)
    const texts = folderTexts(SECOND_TOWN)
    expect(portableFileName('2023年上半年', townOfMeta(texts['meta.json']))).toBe('青禾镇经济运行看板-2023年上半年.html')
  })
})
