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
      rmSync(join(folder, 'sectors.json'))
      const { code, out } = run(folder)
      expect(code).toBe(1)
      expect(out).toContain('data/values.json: values[2].value: 应为数字，实际为 "1013万"')
      expect(out).toContain('data/sectors.json: 应为可读取的数据文件，实际为 文件不存在')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
