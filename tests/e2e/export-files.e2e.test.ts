/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * What the exported files are, as a person receives them: the ZIP listed by Info-ZIP `unzip -l` with the
 * Chinese names right, the panels with 所选产业暂无数据 left out and named in 说明.txt; 导出整屏 at the size
 * the menu states, with its annotation bands and the sectors' dots; one name per ratio and theme, 全镇 for
 * a town-wide panel under a filter; the menu's pixel sizes those of the image; chart texts that say only
 * what the image shows.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PAGES, PANELS } from '../../src/layouts/pages'
import { readZip } from '../support/zip'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { captureDownload, choose, decode, dialog, exportPanel, OUT, parseSvg } from '../support/exports'
import { pngSize } from '../support/images'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

async function openMenu(page: Page, panelId?: string): Promise<void> {
  const toggle = panelId ? page.locator(`[data-panel-id="${panelId}"]`).getByRole('button', { name: /^导出“/ }) : page.getByRole('button', { name: '导出全部', exact: true })
  await toggle.click()
  await expect.poll(() => dialog(page).isVisible()).toBe(true)
}

describe('导出全部 read by Info-ZIP unzip', () => {
  it('lists the Chinese names right, leaves out the panels with 所选产业暂无数据 and names them in 说明.txt', async () => {
    const app = await openApp(browser(), `${appUrl()}?sector=e_commerce#/`)
    const { page } = app
    // What the user sees on every page under the filter: the line naming the panels left out for it (25.5).
    const seen = new Set<string>()
    for (const pageDef of PAGES) {
      await page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: pageDef.title, exact: true }).click()
      await expect
        .poll(() => page.$$eval('[data-panel-id]', (els) => (els.length > 0 || document.querySelector('[data-left-out]') !== null) && els.every((el) => el.getAttribute('data-state') === 'ok')))
        .toBe(true)
      for (const line of await page.locator('[data-left-out]').allInnerTexts())
        for (const title of line.replace(/^所选产业暂无数据，未显示：/, '').split('、')) seen.add(title.trim())
    }
    // A panel on two pages counts once.
    const empty = [...seen]
    expect(empty.length).toBeGreaterThan(0)

    await openMenu(page)
    await choose(page, { format: 'PNG', ratio: 1, background: 'white' })
    const saved = await captureDownload(page, () => dialog(page).getByRole('button', { name: '全部面板（ZIP）' }).click(), 'all-e-commerce.zip')
    const file = path.join(OUT, 'all-e-commerce.zip')
    const listing = execFileSync('unzip', ['-l', file], { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } }).toString('utf8')
    const listed = listing.split('\n').flatMap((line) => /^\s*\d+\s+\S+\s+\S+\s+(.+)$/.exec(line)?.[1] ?? [])
    // unzip shows exactly the names the archive holds (no mojibake), one image per panel with data.
    const names = readZip(new Uint8Array(saved.bytes)).map((entry) => entry.name)
    expect(listed).toEqual(names)
    expect(listed).toContain('说明.txt')
    expect(listed.filter((name) => name.endsWith('.png'))).toHaveLength(PANELS.length - empty.length)
    for (const title of empty) expect(listed.some((name) => name.startsWith(`永安镇-${title}-`)), title).toBe(false)
    // 说明.txt: UTF-8 with a byte-order mark, naming each panel left out and why.
    const notes = execFileSync('unzip', ['-p', file, '说明.txt'])
    expect([...notes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = notes.subarray(3).toString('utf8')
    expect(text).toContain(`以下 ${empty.length} 个面板所选产业暂无数据，未导出：`)
    for (const title of empty) expect(text).toContain(`- ${title}`)
    expect(text).toContain('产业：电子商务')
    await expect.poll(() => page.getByRole('status').filter({ hasText: `${empty.length} 个面板所选产业暂无数据，未导出` }).isVisible()).toBe(true)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})

describe('导出整屏', () => {
  it('is the page without its controls, between bands with the title, period, filter (sector dots), source and time', async () => {
    const app = await openApp(browser(), `${appUrl()}?sector=industry,e_commerce#/`)
    const { page } = app
    await waitForCharts(page)
    const header = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height)
    await openMenu(page)
    await choose(page, { format: 'PNG', ratio: 1 })
    const button = dialog(page).getByRole('button', { name: /^导出整屏（PNG，\d+×\d+ 像素）$/ })
    const [width, height] = /(\d+)×(\d+)/.exec(await button.innerText())!.slice(1).map(Number)
    const saved = await captureDownload(page, () => button.click(), 'screen-1x-filtered.png')
    expect(saved.name).toMatch(/^永安镇-整屏-总览-\d{8}-工业、电子商务-1x-深色\.png$/)
    expect(pngSize(saved.bytes)).toEqual({ width, height })
    expect(width).toBe(1920)
    // The header (title, navigation, buttons, filter chrome) is replaced by the bands: the bands are taller.
    const bands = height - (1080 - Math.round(header))
    expect(bands).toBeGreaterThan(header)
    expect(bands).toBeLessThan(300)
    // The top band draws the chosen sectors' dots in their colours (工业 #3b82f6, 电子商务 #f97316).
    const top = Math.round(bands * 0.6)
    const dots = await page.evaluate(
      async ({ b64, top }) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = top
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        const px = ctx.getImageData(0, 0, canvas.width, top).data
        const count = (r: number, g: number, b: number) => {
          let n = 0
          for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - r) < 4 && Math.abs(px[i + 1] - g) < 4 && Math.abs(px[i + 2] - b) < 4) n += 1
          return n
        }
        return { industry: count(0x3b, 0x82, 0xf6), eCommerce: count(0xf9, 0x73, 0x16) }
      },
      { b64: saved.bytes.toString('base64'), top },
    )
    expect(dots.industry).toBeGreaterThan(20)
    expect(dots.eCommerce).toBeGreaterThan(20)
    expect((await decode(page, saved.bytes, 'image/png')).colours).toBeGreaterThan(30)
    await expect.poll(() => page.getByRole('status').filter({ hasText: `已导出整屏 ${saved.name}（${width}×${height} 像素）` }).isVisible()).toBe(true)
    expect(app.consoleErrors).toEqual([])
    expect(app.cspLog).toEqual([])
    await page.close()
  })
})

describe('file names and labels', () => {
  it('gives each ratio and background its own name, and the menu states the pixel size of the image', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    await waitForCharts(page)
    const names = new Set<string>()
    for (const ratio of [1, 2, 4] as const)
      for (const background of ['white', 'screen'] as const) {
        await openMenu(page, 'fiscal_revenue')
        await choose(page, { format: 'PNG', ratio, background })
        const label = await dialog(page).getByRole('radio', { name: new RegExp(`^${ratio}x`) }).evaluate((el) => el.closest('label')!.textContent!.trim())
        if (ratio === 2 && background === 'white') await screenshot(page, 'export-menu-sizes')
        const saved = await captureDownload(page, () => dialog(page).getByRole('button', { name: '下载' }).click())
        const size = pngSize(saved.bytes)
        expect(label).toBe(`${ratio}x（${size.width}×${size.height} 像素）`)
        expect(saved.name).toMatch(new RegExp(`-${ratio}x${background === 'screen' ? '-深色' : ''}\\.png$`))
        names.add(saved.name)
      }
    expect(names.size).toBe(6)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })

  it('names a town-wide panel exported under a filter …-全镇, and writes no 已完成投资 or 列于数据表 the image does not show', async () => {
    const app = await openApp(browser(), `${appUrl()}?sector=commerce_logistics#/page/projects`)
    const { page } = app
    await waitForCharts(page)
    // 商贸物流's projects have totals but no completed amount: no 已完成投资 legend; no table in the image.
    const svg = await exportPanel(page, 'key_projects', { format: 'SVG', ratio: 1, background: 'white' }, 'key-projects-commerce.svg')
    expect(svg.name).toMatch(/-商贸物流-1x\.svg$/)
    const texts = (await parseSvg(page, svg.bytes.toString('utf8'))).texts.join('\n')
    expect(texts).toContain('总投资')
    expect(texts).not.toContain('已完成投资')
    expect(texts).not.toContain('数据表')
    await page.goto(`${appUrl()}?sector=commerce_logistics#/`)
    await waitForCharts(page)
    const town = await exportPanel(page, 'fiscal_revenue', { format: 'PNG', ratio: 1, background: 'white' })
    expect(town.name).toMatch(/^永安镇-财政收入-2022年1-5月-全镇-1x\.png$/)
    await fs.writeFile(path.join(OUT, 'fiscal-town-under-filter.png'), town.bytes)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})
