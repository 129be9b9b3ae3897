/**
 * What a newcomer follows in README.md and docs/ works from a clone: every relative link names a file of
 * the repository and, with #anchor, a heading of that file (GitHub's anchors: lower case, punctuation
 * dropped, spaces as hyphens); every `npm run <script>` is a script of package.json; every
 * `node|tsx|bash <path>` names a file that exists.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.join(__dirname, '../..')
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')

/** Markdown without its fenced code blocks (a `#` there is no heading, a `](x)` no link). */
const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '')

/** GitHub's anchor of a heading: lower case, letters, digits, marks, `-` and `_` kept, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a Markdown file's headings; a repeated one gets -1, -2 as on GitHub. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  for (const match of prose(read(file)).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
    const base = anchorOf(match[1])
    const count = seen.get(base) ?? 0
    found.add(count === 0 ? base : `${base}-${count}`)
    seen.set(base, count + 1)
  }
  return found
}

describe('links in README.md and docs/', () => {
  it.each(DOCS)('%s: every relative link and anchor resolves', (file) => {
    const links = [...prose(read(file)).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((link) => !/^[a-z]+:/i.test(link))
    const broken = links.filter((link) => {
      const [target, anchor] = link.split('#')
      const resolved = target ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target)) : file
      if (!fs.existsSync(path.join(ROOT, resolved))) return true
      return anchor !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(decodeURIComponent(anchor))
    })
    expect(broken).toEqual([])
  })

  it('an anchor is the heading as GitHub writes it', () => {
    expect(anchorOf('用 Excel / WPS 工作簿更新数据')).toBe('用-excel--wps-工作簿更新数据')
    expect(anchorOf('指标卡（figure-cards）')).toBe('指标卡figure-cards')
    expect(anchorOf('离线版：U 盘和没有服务器的会议室')).toBe('离线版u-盘和没有服务器的会议室')
  })
})

describe('commands in README.md and docs/', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts

  it.each(DOCS)('%s: every npm script and script file named exists', (file) => {
    const text = read(file)
    const npm = [...text.matchAll(/\bnpm run ([\w:-]+)/g)].map((match) => match[1])
    const missingScripts = npm.filter((name) => !(name in scripts))
    const files = [...text.matchAll(/\b(?:node|tsx|bash) ((?:\.\/)?(?:scripts|\.ci|bench|tests)\/[\w./-]+)/g)].map((match) => match[1])
    const missingFiles = files.filter((name) => !fs.existsSync(path.join(ROOT, name)))
    expect({ missingScripts, missingFiles }).toEqual({ missingScripts: [], missingFiles: [] })
  })
})
