/**
 * docs/panel-kinds.md documents every panel kind of the registry: a section per kind, its picture in
 * docs/kinds/ (drawn by scripts/kind-pictures.ts), the data that drew it, and exactly the options its
 * folder reads. A new kind without docs and a picture fails here, and so does an option documented that
 * the kind does not read, or one it reads that the docs leave out. The definitions the docs show for the
 * pictures drawn from fixtures are the ones the script adds, and they draw a panel on that fixture.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { kindNames, loadedKind } from '../../src/panels/registry'
import { PICTURE_DIR, PICTURES, type KindPicture } from '../../scripts/kind-pictures'
import { pngSize } from '../support/images'
import { fixtureDataset } from '../support/fixtures'
import { contextOf } from '../support/panelData'

const ROOT = path.join(__dirname, '../..')
const DOC = 'docs/panel-kinds.md'
const doc = fs.readFileSync(path.join(ROOT, DOC), 'utf8')
const KIND_FOLDERS = fs.readdirSync(path.join(ROOT, 'src/panels/kinds'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)

/** The doc's sections by heading: `## 指标卡（figure-cards）` → its text up to the next `## `. */
function sections(): Map<string, { folder: string; text: string }> {
  const found = new Map<string, { folder: string; text: string }>()
  const parts = doc.split(/^## /m).slice(1)
  for (const part of parts) {
    const heading = /^(\S+?)（([a-z-]+)）\s*$/m.exec(part.split('\n')[0])
    if (heading) found.set(heading[1], { folder: heading[2], text: part })
  }
  return found
}
const SECTIONS = sections()

/** The option keys a kind's folder reads from its definition (spec.ts's readers, or spec.options directly). */
function optionsRead(folder: string): string[] {
  const dir = path.join(ROOT, 'src/panels/kinds', folder)
  const source = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n')
  const keys = new Set<string>()
  for (const match of source.matchAll(/\b(?:textOption|maybeText|mapOption|countOption)\(spec, '(\w+)'/g)) keys.add(match[1])
  for (const match of source.matchAll(/\bspec\.options\.(\w+)/g)) keys.add(match[1])
  if (/\bscopeOption\(spec\b/.test(source)) keys.add('scope')
  return [...keys].sort()
}

/** The keys of the options table of a section: rows starting with | `key` |. */
function optionsDocumented(text: string): string[] {
  return [...text.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]).sort()
}

const pictureOf = (kind: string): KindPicture | undefined => PICTURES.find((picture) => picture.kind === kind)

describe('docs/panel-kinds.md', () => {
  it('has a picture entry of scripts/kind-pictures.ts for each registered kind, named by its folder', () => {
    expect(PICTURES.map((picture) => picture.kind).sort()).toEqual(kindNames().sort())
    expect(PICTURES.map((picture) => picture.folder).sort()).toEqual([...KIND_FOLDERS].sort())
  })

  it.each(kindNames())('documents %s: a section, its picture, the data that drew it', (kind) => {
    const section = SECTIONS.get(kind)
    expect(section, `${DOC} 没有“## ${kind}（文件夹）”一节`).toBeDefined()
    const picture = pictureOf(kind)
    expect(picture).toBeDefined()
    if (!section || !picture) return
    expect(section.folder).toBe(picture.folder)
    // Linked from its section, and a real PNG of a panel: neither a blank sliver nor a screenshot of a whole page.
    expect(section.text).toContain(`](kinds/${picture.folder}.png)`)
    const file = path.join(ROOT, PICTURE_DIR, `${picture.folder}.png`)
    expect(fs.existsSync(file), `${PICTURE_DIR}/${picture.folder}.png 不存在：运行 npm run docs:pictures`).toBe(true)
    const bytes = fs.readFileSync(file)
    const { width, height } = pngSize(bytes)
    expect(width).toBeGreaterThanOrEqual(300)
    expect(height).toBeGreaterThanOrEqual(150)
    expect(width).toBeLessThanOrEqual(1280)
    expect(height).toBeLessThanOrEqual(800)
    // A uniform (blank) panel compresses to a few KB; the pictures stay small for the repository.
    expect(bytes.length).toBeGreaterThan(10_000)
    expect(bytes.length).toBeLessThan(100_000)
    // Says which data and which panel drew it.
    expect(section.text).toContain(`图中数据：\`${picture.data === 'data' ? 'data/' : picture.data}\``)
    expect(section.text).toContain(`面板 \`${picture.panel}\``)
  })

  it.each(KIND_FOLDERS)('lists exactly the options the kind %s reads', (folder) => {
    const section = [...SECTIONS.values()].find((entry) => entry.folder === folder)
    expect(section, `${DOC} 没有文件夹 ${folder} 的一节`).toBeDefined()
    expect(optionsDocumented(section?.text ?? '')).toEqual(optionsRead(folder))
  })

  it.each(PICTURES.filter((picture) => picture.add).map((picture) => [picture.kind, picture] as const))(
    'shows the definition that drew %s, and it draws a panel on its fixture',
    (kind, picture) => {
      const add = picture.add
      if (!add) throw new Error('no definition')
      const block = /```json\n([\s\S]*?)```/.exec(SECTIONS.get(kind)?.text ?? '')
      expect(block, `${kind} 一节没有画图所用的面板定义`).not.toBeNull()
      expect(JSON.parse(block?.[1] ?? '{}')).toEqual({ id: picture.panel, title: add.title, kind, indicators: add.indicators, page: picture.page, position: add.position, options: add.options })
      const spec = { id: picture.panel, title: add.title, kind, indicators: add.indicators, options: (add.options ?? {}) as never }
      // Every kind's code is in (tests/support/installDashboard.ts loads the lazy ones).
      const panel = loadedKind(kind)!.build(spec)
      const ctx = contextOf(fixtureDataset(path.basename(picture.data), picture.edition))
      expect(panel.isEmpty?.(ctx) ?? false).toBe(false)
      expect(() => panel.buildOption(ctx)).not.toThrow()
    },
  )

  it('is linked from the data formats and the user guide', () => {
    for (const from of ['docs/data-formats.md', 'docs/user-guide.md']) expect(fs.readFileSync(path.join(ROOT, from), 'utf8')).toContain('](panel-kinds.md')
  })
})
