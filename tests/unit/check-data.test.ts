/** `npm run check:data` as the clerk runs it: exit code and the printed problems. */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '../..')

function run(folder?: string): { code: number; out: string } {
  try {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check-data.ts', ...(folder ? [folder] : [])], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    })
    return { code: 0, out }
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    return { code: failed.status, out: failed.stdout + failed.stderr }
  }
}

describe('npm run check:data', () => {
  it.each(readdirSync(join(ROOT, 'tests/fixtures'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name))(
    'accepts the fixture folder %s and says how much it holds',
    (name) => {
      const { code, out } = run(`tests/fixtures/${name}`)
      expect(code).toBe(0)
      expect(out).toMatch(/数据校验通过.*\d+ 个报告期、\d+ 项指标、\d+ 个指标值、\d+ 条项目、\d+ 项荣誉、\d+ 个产业/)
    },
  )

  it('exits 1 and prints file, path, expected and got for a broken copy', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yongan-check-'))
    try {
      cpSync(join(ROOT, 'tests/fixtures/small'), folder, { recursive: true })
      const file = join(folder, 'values.json')
      writeFileSync(file, readFileSync(file, 'utf8').replace('"value": 10130000', '"value": "1013万"'))
      rmSync(join(folder, 'indicators.json'))
      const { code, out } = run(folder)
      expect(code).toBe(1)
      expect(out).toContain('data/values.json: values[2].value: 应为数字，实际为 "1013万"')
      expect(out).toContain('data/indicators.json: 应为可读取的数据文件，实际为 文件不存在')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('warns of a name over 60 and a source over 500 characters, keeps the items and exits 0', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yongan-check-'))
    try {
      cpSync(join(ROOT, 'tests/fixtures/small'), folder, { recursive: true })
      const file = join(folder, 'projects.json')
      const json = JSON.parse(readFileSync(file, 'utf8')) as { projects: { name: string; source: string }[] }
      json.projects[1].name = `${json.projects[1].name}${'很长的名称'.repeat(13)}`.slice(0, 61)
      json.projects[2].source = '原'.repeat(600)
      // At the limits exactly: no warning.
      json.projects[3].name = '名'.repeat(60)
      json.projects[3].source = '源'.repeat(500)
      writeFileSync(file, JSON.stringify(json, null, 2))
      const { code, out } = run(folder)
      expect(code).toBe(0)
      expect(out).toContain('警告 2 处')
      expect(out).toContain('警告：data/projects.json: projects[1].name: 应为不超过 60 个字的名称')
      expect(out).toMatch(/projects\[1\]\.name: [^\n]*实际为 61 个字/)
      expect(out).toMatch(/警告：data\/projects\.json: projects\[2\]\.source: 应为不超过 500 个字的来源原文[^\n]*实际为 600 个字/)
      expect(out).not.toContain('projects[3]')
      // Every item kept: the same count as the fixture's.
      expect(out).toContain(`${json.projects.length} 条项目`)
      expect(out).toContain('数据校验通过')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
