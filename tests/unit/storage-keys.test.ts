/**
 * Every key the dashboard keeps in the browser (localStorage, sessionStorage) goes through storageKey, so
 * it starts with the dashboard's name: every page opened from a local file shares one storage. A check
 * over the source of src/ (TypeScript and the scripts of .vue files, read by the TypeScript parser): a
 * storage call's key must be a storageKey(...) call or a constant of this file holding one; a key written
 * as a string, a template, anything else, or a property set on the storage object, fails.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { storageKey } from '../../src/platform/storageKey'
import { DASHBOARD_NAME } from '../../src/platform/marks'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const STORAGE_METHODS = new Set(['getItem', 'setItem', 'removeItem'])
const STORAGE_OBJECTS = new Set(['localStorage', 'sessionStorage'])

const isStorageKeyCall = (node: ts.Node | undefined): boolean =>
  !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'storageKey'

/** The script of a .vue file (blank lines in place of the rest, so line numbers hold), or the file as is. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.vue')) return text
  return text.replace(/<script\b[^>]*>([\s\S]*?)<\/script>|[^\n]/g, (whole, script: string | undefined) =>
    script === undefined ? '' : whole.replace(/^<script\b[^>]*>/, (open) => ' '.repeat(open.length)).replace(/<\/script>$/, ''),
  )
}

/** "file:line: what" for each storage key in `text` that does not go through storageKey. */
function bareStorageKeys(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, scriptOf(file, text), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const keyConstants = new Set<string>()
  const visitConstants = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isStorageKeyCall(node.initializer)) {
      const list = node.parent
      if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) keyConstants.add(node.name.text)
    }
    ts.forEachChild(node, visitConstants)
  }
  visitConstants(source)

  const found: string[] = []
  const report = (node: ts.Node, what: string) => found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`)
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && STORAGE_METHODS.has(node.expression.name.text)) {
      const key = node.arguments[0]
      const viaHelper = isStorageKeyCall(key) || (!!key && ts.isIdentifier(key) && keyConstants.has(key.text))
      if (!viaHelper) report(node, `${node.expression.name.text}(${key ? key.getText(source) : ''}) without storageKey`)
    }
    // localStorage.x = …, localStorage['x'] = …: a key set as a property.
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left
      if ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && STORAGE_OBJECTS.has(target.expression.getText(source).replace(/^(window|globalThis)\./, '')))
        report(node, `${target.getText(source)} set as a property`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|vue)$/.test(entry.name) ? [full] : []
  })
}

describe('keys kept in the browser', () => {
  it('start with the dashboard name', () => {
    expect(storageKey('screen-room')).toBe(`${DASHBOARD_NAME}:screen-room`)
  })

  it('the check finds a bare key however it is written, and lets a key through storageKey pass', () => {
    const bad = [
      "localStorage.setItem('theme', 'light')",
      'window.sessionStorage.getItem(`room-${n}`)',
      "const KEY = 'room'\nstorage?.removeItem(KEY)",
      "let KEY = storageKey('room')\nstorage.getItem(KEY)",
      "localStorage['theme'] = 'light'",
      'window.localStorage.theme = 1',
      "storage.getItem(prefix + 'room')",
    ]
    for (const text of bad) expect(bareStorageKeys('x.ts', text), text).toHaveLength(1)
    expect(bareStorageKeys('A.vue', "<template><p>x</p></template>\n<script setup lang=\"ts\">\nlocalStorage.setItem('a', '1')\n</script>\n")).toEqual([
      "A.vue:3: setItem('a') without storageKey",
    ])
    const good = ["const KEY = storageKey('room')\nstorage?.getItem(KEY)\nstorage.setItem(KEY, '1')", "sessionStorage.removeItem(storageKey('x'))", 'map.get(key)']
    for (const text of good) expect(bareStorageKeys('y.ts', text), text).toEqual([])
  })

  it('every key in src/ goes through storageKey', () => {
    const files = sourceFiles(SRC)
    expect(files.length).toBeGreaterThan(50)
    const users = files.filter((file) => /\b(getItem|setItem|removeItem)\(/.test(fs.readFileSync(file, 'utf8')))
    // Where keys are used today (the room defaults, the chunk-reload guard): the check has something to check.
    expect(users.map((file) => path.relative(SRC, file).split(path.sep).join('/')).sort()).toEqual(
      expect.arrayContaining(['platform/chunkReload.ts', 'screen/roomDefaults.ts']),
    )
    expect(files.flatMap((file) => bareStorageKeys(path.relative(SRC, file), fs.readFileSync(file, 'utf8')))).toEqual([])
  })
})
