// @ts-check
/// <reference lib="dom" />
/**
 * Measurement of export through the UI: one chart panel as PNG, every panel as a ZIP.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { CHART_HOST, newProbedPage, waitForChartsDrawn } from './browser.mjs'
import { round, spread } from './stats.mjs'
import { pngSize } from '../image-size.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/** Number of files in a ZIP, read by fflate. @param {Uint8Array} zip */
export const zipEntries = (zip) => Object.keys(unzipSync(zip)).length

/**
 * Export through the UI (the 导出 menus), timed from the click on the dialog's download button to the
 * browser's download event: one chart panel as a 4x PNG (the exporter chunk is loaded by an untimed
 * first export), then every panel as a ZIP of 2x PNGs (the default size).
 * @param {BrowserContext} context @param {string} url @param {number} charts @param {number} runs
 */
export async function measureExport(context, url, charts, runs) {
  const { page } = await newProbedPage(context)
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-export-'))
  try {
    await page.goto(url, { waitUntil: 'load' })
    await waitForChartsDrawn(page, charts)
    const panelId = await page.evaluate(
      (host) => [...document.querySelectorAll('[data-panel-id]')].find((p) => p.querySelector(host) && p.querySelector('.export-toggle'))?.getAttribute('data-panel-id'),
      CHART_HOST,
    )
    if (!panelId) return { skipped: 'no 导出 menu on a chart panel in this build' }
    const dialog = page.getByRole('dialog')

    /** Opens a menu, sets the choice, clicks `button`; returns ms to the download and the file. */
    const exportOnce = async (/** @type {import('playwright-core').Locator} */ toggle, /** @type {string} */ ratio, /** @type {string} */ button) => {
      await toggle.click()
      await dialog.getByRole('radio', { name: 'PNG', exact: true }).check()
      await dialog.getByRole('radio', { name: new RegExp(`^${ratio}`) }).check()
      const go = dialog.getByRole('button', { name: button })
      const download = page.waitForEvent('download', { timeout: 120_000 })
      const t0 = performance.now()
      await go.evaluate((el) => /** @type {HTMLElement} */ (el).click())
      const file = await download
      const elapsed = performance.now() - t0
      const saved = path.join(folder, `${Date.now()}-${file.suggestedFilename()}`)
      await file.saveAs(saved)
      // The next export starts once this one is over (the button is disabled while busy).
      await page.waitForFunction((el) => el instanceof HTMLButtonElement && !el.disabled, await toggle.elementHandle())
      return { elapsed, name: file.suggestedFilename(), body: await fs.readFile(saved) }
    }

    const panelToggle = page.locator(`[data-panel-id="${panelId}"] .export-toggle`)
    await exportOnce(panelToggle, '4x', '下载') // loads the exporter chunk
    /** @type {number[]} */
    const pngTimes = []
    let png = { width: 0, height: 0 }
    let pngBytes = 0
    for (let i = 0; i < runs; i++) {
      const r = await exportOnce(panelToggle, '4x', '下载')
      pngTimes.push(r.elapsed)
      png = pngSize(r.body)
      pngBytes = r.body.length
    }

    const allToggle = page.getByRole('button', { name: '导出全部', exact: true })
    /** @type {number[]} */
    const zipTimes = []
    let zip = { files: /** @type {number | null} */ (null), bytes: 0 }
    for (let i = 0; i < Math.min(3, runs); i++) {
      const r = await exportOnce(allToggle, '2x', '全部面板（ZIP）')
      zipTimes.push(r.elapsed)
      zip = { files: zipEntries(r.body), bytes: r.body.length }
    }
    return {
      png: { panel: panelId, ratio: 4, ms: spread(pngTimes), runsMs: pngTimes.map((x) => round(x, 1)), ...png, bytes: pngBytes, target: 300 },
      zip: { ratio: 2, format: 'png', ms: spread(zipTimes), runsMs: zipTimes.map((x) => round(x, 1)), ...zip },
    }
  } finally {
    await page.close()
    await fs.rm(folder, { recursive: true, force: true })
  }
}
