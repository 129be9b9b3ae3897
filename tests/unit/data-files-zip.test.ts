/**
 * The ZIP of 下载数据文件, opened the way an administrator on a Linux server opens it (Info-ZIP unzip):
 * 放置说明.txt keeps its Chinese name and its text, and the data files are there under data/.
 */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dataFilesZip } from '../../src/workbook/browser'
import { folderTexts } from '../support/fixtures'

describe('下载数据文件', () => {
  it('lists 放置说明.txt by its Chinese name in Info-ZIP unzip, with its text in UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yongan-zip-'))
    try {
      const texts = folderTexts('tests/fixtures/small')
      const zip = join(dir, '数据文件.zip')
      writeFileSync(zip, await dataFilesZip(texts))
      const listing = execFileSync('unzip', ['-l', zip], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } })
      expect(listing).toContain('放置说明.txt')
      // The split form: values.json as values/<year>.json, listed with every other file in values.json, the index.
      for (const name of Object.keys(texts)) expect(listing).toContain(`data/${name}`)
      expect(execFileSync('unzip', ['-p', zip, 'data/values.json'], { encoding: 'utf8' })).toContain('"values/2022.json"')
      const note = execFileSync('unzip', ['-p', zip, '放置说明.txt'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } })
      expect(note).toContain('永安镇经济运行看板 · 数据文件')
      expect(execFileSync('unzip', ['-p', zip, 'data/values/2022.json'], { encoding: 'utf8' })).toBe(texts['values.json'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
