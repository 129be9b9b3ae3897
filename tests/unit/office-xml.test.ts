// @vitest-environment jsdom
/**
 * Valid Office files whatever the text: with a title, names and sources holding & < > " ' (which
 * check:data accepts), every XML part of the deck, the data workbook and a table workbook parses as XML,
 * and the text reads back as typed.
 */
import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import ExcelJS from 'exceljs'
import PptxGenJS from 'pptxgenjs'
import { describeDeck } from '../../src/deck/describe'
import { renderDeck } from '../../src/deck/render'
import { PAGES } from '../../src/layouts/pages'
import { toBookRows } from '../../src/workbook/toBook'
import { writeTableWorkbook, writeWorkbook } from '../../src/workbook/xlsx'
import { fixtureFiles } from '../support/fixtures'
import type { DataFiles } from '../../src/data/schema'

const MARKED = 'A&B <镇> "经济" \'运行\' 1<2 & 3>2'
/** A 1x1 PNG. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

function marked(): DataFiles {
  const files = structuredClone(fixtureFiles('small'))
  files.meta.title = MARKED
  files.meta.town = `永安镇${MARKED}`
  files.projects[0].name = MARKED
  files.values[0].source = MARKED
  return files
}

/** Every XML part of a ZIP that does not parse, with the parser's complaint. */
function malformedParts(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes)
  const names = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name))
  expect(names.length).toBeGreaterThan(3)
  const parser = new DOMParser()
  return names.flatMap((name) => {
    const document = parser.parseFromString(strFromU8(parts[name]), 'application/xml')
    const error = document.getElementsByTagName('parsererror')[0]
    return error ? [`${name}: ${error.textContent}`] : []
  })
}

const text = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name])

describe('Office files with & < > in their text', () => {
  it('the deck: every part is well-formed XML and the title reads back as typed', async () => {
    const deck = describeDeck({ values: marked(), chosen: [], expanded: new Set(), pages: PAGES, background: 'white', theme: 'dark', scale: 1, now: new Date(2026, 10, 29) })
    const blob = await renderDeck(deck, { chartImage: () => PNG, library: PptxGenJS })
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect(malformedParts(bytes)).toEqual([])
    const app = new DOMParser().parseFromString(text(bytes, 'docProps/app.xml'), 'application/xml')
    expect(app.getElementsByTagName('Company')[0].textContent).toBe(deck.title)
    expect(deck.title).toContain(MARKED)
  })

  it('the data workbook and a table workbook: every part is well-formed XML', async () => {
    const book = await writeWorkbook(ExcelJS, toBookRows(marked()))
    expect(malformedParts(book)).toEqual([])
    const table = await writeTableWorkbook(ExcelJS, MARKED, [[MARKED, '数值'], [MARKED, 1]])
    expect(malformedParts(table)).toEqual([])
    const read = new ExcelJS.Workbook()
    await read.xlsx.load(table.buffer as ArrayBuffer)
    expect(read.worksheets[0].getCell('A2').value).toBe(MARKED)
  })
})

describe('printing the workbooks', () => {
  it('every sheet prints on A4 landscape, fit to the page width, the header row repeated', async () => {
    for (const bytes of [await writeWorkbook(ExcelJS, toBookRows(fixtureFiles('small'))), await writeTableWorkbook(ExcelJS, '表', [['名称', '数值'], ['甲', 1]])]) {
      const parts = unzipSync(bytes)
      const sheets = Object.keys(parts).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      expect(sheets.length).toBeGreaterThan(0)
      for (const name of sheets) {
        const xml = strFromU8(parts[name])
        expect({ name, fit: /<pageSetUpPr[^>]*fitToPage="1"/.test(xml) }).toEqual({ name, fit: true })
        const setup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? ''
        expect({ name, setup: /paperSize="9"/.test(setup) && /orientation="landscape"/.test(setup) && /fitToWidth="1"/.test(setup) && /fitToHeight="0"/.test(setup) }).toEqual({ name, setup: true })
      }
      const workbook = strFromU8(parts['xl/workbook.xml'])
      const titles = [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]+)</g)].map((match) => match[1])
      // Every sheet but 说明 (prose, no header row) repeats its row 1.
      expect(titles.length).toBe(sheets.length - (workbook.includes('说明') ? 1 : 0))
      for (const title of titles) expect(title).toMatch(/!\$1:\$1$/)
    }
  })
})
