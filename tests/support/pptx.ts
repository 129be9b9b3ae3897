/**
 * Reading a .pptx in the tests, independently of the code that wrote it: unzip (tests/support/zip.ts), the content
 * types, every relationship and its target, and each slide's texts, pictures, tables and notes, in the
 * order presentation.xml lists the slides.
 */
import { strFromU8 } from 'fflate'
import path from 'node:path'
import { zipParts } from './zip'

export interface PptxPackage {
  parts: Map<string, Uint8Array>
  text(name: string): string
}

export function openPptx(bytes: Uint8Array): PptxPackage {
  const parts = zipParts(bytes)
  return {
    parts,
    text(name) {
      const part = parts.get(name)
      if (!part) throw new Error(`no part ${name}`)
      return strFromU8(part)
    },
  }
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const match of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[match[1]] = decode(match[2])
  return out
}

/** The part name's extension, dot-files included (_rels/.rels has the extension rels). */
const extension = (name: string) => (path.posix.basename(name).split('.').pop() ?? '').toLowerCase()

/** Parts without a content type: neither an Override for the part nor a Default for its extension. */
export function partsWithoutContentType(pkg: PptxPackage): string[] {
  const types = pkg.text('[Content_Types].xml')
  const defaults = new Set([...types.matchAll(/<Default [^>]*>/g)].map((m) => attrs(m[0]).Extension.toLowerCase()))
  const overrides = new Set([...types.matchAll(/<Override [^>]*>/g)].map((m) => attrs(m[0]).PartName))
  return [...pkg.parts.keys()].filter((name) => name !== '[Content_Types].xml' && !overrides.has(`/${name}`) && !defaults.has(extension(name)))
}

export interface Relationship {
  from: string
  id: string
  type: string
  target: string
  external: boolean
}

/** Every relationship of every .rels part, targets resolved to part names. */
export function relationships(pkg: PptxPackage): Relationship[] {
  const out: Relationship[] = []
  for (const name of pkg.parts.keys()) {
    if (!name.endsWith('.rels')) continue
    // _rels/x.xml.rels belongs to x.xml in the folder above _rels.
    const folder = path.posix.dirname(path.posix.dirname(name))
    for (const match of pkg.text(name).matchAll(/<Relationship [^>]*>/g)) {
      const a = attrs(match[0])
      const external = a.TargetMode === 'External'
      const target = external ? a.Target : a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.normalize(path.posix.join(folder === '.' ? '' : folder, a.Target))
      out.push({ from: name, id: a.Id, type: a.Type.split('/').pop() ?? '', target, external })
    }
  }
  return out
}

export interface SlideContent {
  name: string
  /** Texts of the slide's text runs, paragraph by paragraph. */
  paragraphs: string[]
  pictures: string[]
  tables: string[][][]
  notes: string
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1])).join('')).filter(Boolean)
}

/** The slides in presentation order. */
export function slides(pkg: PptxPackage): SlideContent[] {
  const rels = relationships(pkg)
  const presentation = pkg.text('ppt/presentation.xml')
  const ids = [...presentation.matchAll(/<p:sldId [^>]*>/g)].map((m) => attrs(m[0])['r:id'])
  return ids.map((id) => {
    const name = rels.find((rel) => rel.from === 'ppt/_rels/presentation.xml.rels' && rel.id === id)?.target ?? ''
    const xml = pkg.text(name)
    const own = rels.filter((rel) => rel.from === `ppt/slides/_rels/${path.posix.basename(name)}.rels`)
    const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?r:embed="([^"]+)"[\s\S]*?<\/p:pic>/g)].map((m) => own.find((rel) => rel.id === m[1])?.target ?? `missing ${m[1]}`)
    const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((t) => [...t[1].matchAll(/<a:tr[ >]([\s\S]*?)<\/a:tr>/g)].map((row) => [...row[1].matchAll(/<a:tc[ >]([\s\S]*?)<\/a:tc>/g)].map((cell) => paragraphsOf(cell[1]).join('\n'))))
    const notesTarget = own.find((rel) => rel.type === 'notesSlide')?.target
    const notes = notesTarget ? paragraphsOf(pkg.text(notesTarget)).join('\n') : ''
    return { name, paragraphs: paragraphsOf(xml.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, '')), pictures, tables, notes }
  })
}
