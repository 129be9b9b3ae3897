/**
 * The layering rules of eslint.config.js, proven on a small project written to a temp folder and linted
 * with the real config: a runtime import cycle through a .vue file fails, a type-only one does not; only
 * main.ts imports the route table; and for every folder of src/, an import of each folder its rule refuses
 * fails (types allowed where the rule says so), Vue in a pure folder fails, and the imports it allows pass.
 * docs/architecture.md states the same table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import config, { LAYERS } from '../../eslint.config.js'

const FIXTURE: Record<string, string> = {
  // A runtime cycle that passes through a component: a.ts -> Middle.vue -> c.ts -> a.ts.
  'src/cycle/a.ts': "import Middle from './Middle.vue'\nexport const a = () => [Middle]\n",
  'src/cycle/Middle.vue':
    '<script setup lang="ts">\nimport { ref } from \'vue\'\nimport { fromC } from \'./c\'\nconst n = ref<number>(fromC())\n</script>\n\n<template>\n  <p>{{ n }}</p>\n</template>\n',
  'src/cycle/c.ts': "import { a } from './a'\nexport const c = 1\nexport function fromC(): number {\n  return a().length\n}\n",
  // The same shape with a type-only import in the component: no runtime cycle.
  'src/chain/x.ts': "import Shown from './Shown.vue'\nexport interface X {\n  n: number\n}\nexport const x = () => [Shown]\n",
  'src/chain/Shown.vue':
    '<script setup lang="ts">\nimport type { X } from \'./x\'\nconst props = defineProps<{ value: X }>()\n</script>\n\n<template>\n  <p>{{ props.value.n }}</p>\n</template>\n',
  // Type-only imports are erased at build: not a runtime cycle.
  'src/typeOnly/d.ts': "import type { E } from './e'\nexport interface D {\n  e?: E\n}\nexport const d = 1\n",
  'src/typeOnly/e.ts': "import { d } from './d'\nexport interface E {\n  n: number\n}\nexport const e = d + 1\n",
  'src/stores/useThing.ts': 'export const useThing = () => 1\n',
  'src/components/Thing.vue': '<template>\n  <p>thing</p>\n</template>\n',
  'src/panels/bad/index.ts':
    "import { useThing } from '../../stores/useThing'\nimport Thing from '../../components/Thing.vue'\nexport const buildOption = () => ({ n: useThing(), c: Thing })\n",
  'src/panels/good/index.ts': "import { d } from '../../typeOnly/d'\nexport const buildOption = () => ({ d })\n",
  'src/router.ts': "import Thing from './components/Thing.vue'\nexport const routes = [Thing]\n",
  'src/main.ts': "import { routes } from './router'\nexport const app = routes\n",
  'src/stores/useRouted.ts': "import { routes } from '../router'\nexport const useRouted = () => routes.length\n",
}

type Folder = keyof typeof LAYERS
const FOLDERS = Object.keys(LAYERS) as Folder[]
const refusedBy = (folder: Folder) => FOLDERS.filter((other) => other !== folder && !LAYERS[folder].imports.includes(other))

// For each folder: one file importing every folder its rule refuses (a line each), one importing only types
// from those it allows types of, one importing every folder it allows, and Vue in a pure one.
for (const folder of FOLDERS) {
  const layer: { imports: string[]; types?: string[]; pure?: boolean } = LAYERS[folder]
  FIXTURE[`src/${folder}/zoneRefused.ts`] = refusedBy(folder).map((other) => `import { x as ${other}Thing } from '../${other}/thing'\n`).join('') + 'export const n = 1\n'
  FIXTURE[`src/${folder}/zoneAllowed.ts`] =
    layer.imports.map((other) => `import { x as ${other}Thing } from '../${other}/thing'\n`).join('') +
    (layer.types ?? []).map((other) => `import type { X as ${other}Type } from '../${other}/thing'\n`).join('') +
    'export const n = 1\n'
  if (layer.pure) FIXTURE[`src/${folder}/zoneVue.ts`] = "import { ref } from 'vue'\nexport const n = ref(1)\n"
}
FIXTURE['src/components/ChartView.vue'] = "<script setup lang=\"ts\">\nimport { useThing } from '../stores/useThing'\nconst n = useThing()\n</script>\n\n<template>\n  <p>{{ n }}</p>\n</template>\n"

let dir: string
const results = new Map<string, ESLint.LintResult>()

/** The messages of one rule in one fixture file, as "line: message". */
function messages(file: string, ruleId: string): string[] {
  const result = results.get(file)
  if (!result) throw new Error(`${file} was not linted`)
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}: ${m.message}`)
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layering-test-'))
  for (const [file, text] of Object.entries(FIXTURE)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config as unknown as ESLint.Options['overrideConfig'] })
  // a.ts first and alone: the rule must parse Middle.vue from a .ts file, before any lint of the .vue
  // file itself has filled import-x's module cache.
  const [alone] = await eslint.lintFiles(['src/cycle/a.ts'])
  results.set('alone:src/cycle/a.ts', alone)
  for (const result of await eslint.lintFiles(['src'])) {
    const fatal = result.messages.filter((m) => m.fatal)
    if (fatal.length) throw new Error(`${result.filePath}: ${fatal.map((m) => m.message).join('; ')}`)
    results.set(path.relative(dir, result.filePath).split(path.sep).join('/'), result)
  }
}, 60_000)

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('lint: import cycles', () => {
  it('fails every import of a runtime cycle, including one through a .vue file', () => {
    // a.ts only meets the cycle through the component: .vue files are parsed and followed.
    expect(messages('alone:src/cycle/a.ts', 'import-x/no-cycle')).toEqual(['1: Dependency cycle via "./c:3"'])
    expect(messages('src/cycle/a.ts', 'import-x/no-cycle')).toEqual([expect.stringMatching(/^1: Dependency cycle/)])
    expect(messages('src/cycle/c.ts', 'import-x/no-cycle')).toEqual([expect.stringMatching(/^1: Dependency cycle/)])
    // And a .vue file being linted is checked itself.
    expect(messages('src/cycle/Middle.vue', 'import-x/no-cycle')).toEqual([expect.stringMatching(/^3: Dependency cycle/)])
  })

  it('does not count type-only imports', () => {
    expect(messages('src/chain/x.ts', 'import-x/no-cycle')).toEqual([])
    expect(messages('src/chain/Shown.vue', 'import-x/no-cycle')).toEqual([])
    expect(messages('src/typeOnly/d.ts', 'import-x/no-cycle')).toEqual([])
    expect(messages('src/typeOnly/e.ts', 'import-x/no-cycle')).toEqual([])
  })
})

describe('lint: layers', () => {
  it('fails a panel that imports a store or a component', () => {
    const found = messages('src/panels/bad/index.ts', 'no-restricted-imports')
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^1: .*不得导入 src\/stores\//)
    expect(found[1]).toMatch(/^2: .*不得导入 src\/components\//)
    expect(messages('src/panels/good/index.ts', 'no-restricted-imports')).toEqual([])
  })

  it('lets only main.ts import the route table', () => {
    expect(messages('src/stores/useRouted.ts', 'no-restricted-imports')).toEqual([expect.stringMatching(/^1: .*路由表/)])
    expect(messages('src/main.ts', 'no-restricted-imports')).toEqual([])
  })

  it.each(FOLDERS)('src/%s/: an import of each folder its rule refuses fails, naming what is allowed', (folder) => {
    const refused = refusedBy(folder)
    const found = messages(`src/${folder}/zoneRefused.ts`, 'no-restricted-imports')
    expect(found).toEqual(refused.map((other, i) => expect.stringMatching(new RegExp(`^${i + 1}: .*src/${folder}/ 只可导入.*不得导入 src/${other}/`))))
  })

  it.each(FOLDERS)('src/%s/: the imports its rule allows pass (types only where it says so)', (folder) => {
    expect(messages(`src/${folder}/zoneAllowed.ts`, 'no-restricted-imports')).toEqual([])
  })

  it('refuses a runtime import from a folder whose types alone are allowed', () => {
    // format/ may import data/ types, not data/ itself (the loop between the two folders stays closed).
    expect(LAYERS.format.types).toEqual(['data'])
    expect(messages('src/format/zoneRefused.ts', 'no-restricted-imports').join('\n')).toContain('不得导入 src/data/')
  })

  it.each(FOLDERS.filter((folder) => (LAYERS[folder] as { pure?: boolean }).pure))('src/%s/ is pure: importing Vue fails', (folder) => {
    expect(messages(`src/${folder}/zoneVue.ts`, 'no-restricted-imports')).toEqual([expect.stringMatching(/^1: .*不导入 Vue 或 Pinia/)])
  })

  it('keeps ChartView.vue from reading a store, though other components may', () => {
    expect(messages('src/components/ChartView.vue', 'no-restricted-imports')).toEqual([expect.stringMatching(/^2: .*不得导入 src\/stores\//)])
    expect(messages('src/components/zoneAllowed.ts', 'no-restricted-imports')).toEqual([])
  })

  it('passes the clean files of the fixture without any message', () => {
    for (const file of ['src/panels/good/index.ts', 'src/main.ts', 'src/components/Thing.vue', 'src/stores/useThing.ts']) expect(results.get(file)?.messages, file).toEqual([])
  })
})

describe('docs/architecture.md', () => {
  const doc = fs.readFileSync(path.join(__dirname, '../../docs/architecture.md'), 'utf8')
  const named = (text: string) => [...text.matchAll(/`(\w+)\/`/g)].map((m) => m[1])

  it.each(FOLDERS)('states what src/%s/ may import, as lint enforces it', (folder) => {
    const section = new RegExp(`\\*\\*\`${folder}/\`\\*\\*[\\s\\S]*?\\n\\*Imports \\(lint\\):\\* ([^\\n]*)`).exec(doc)
    expect(section, `no *Imports (lint):* line under ${folder}/`).not.toBeNull()
    const line = section![1]
    const [runtime, types = ''] = line.split('types from')
    const layer: { imports: string[]; types?: string[] } = LAYERS[folder]
    if (/^every folder but/.test(line)) expect(named(runtime)).toEqual(refusedBy(folder))
    else if (/^every folder/.test(line)) expect(layer.imports).toEqual(expect.arrayContaining(FOLDERS.filter((other) => other !== folder)))
    else expect(named(runtime).sort()).toEqual([...layer.imports].sort())
    expect(named(types).sort()).toEqual([...(layer.types ?? [])].sort())
  })
})
