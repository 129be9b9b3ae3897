/**
 * The show's slides as the room sees them, at the seven room sizes: it opens on the 要点 slide, the leading
 * figures alone as cards at the legibility rule or larger; every panel of the show comes once a cycle; a
 * slide change draws the next slide before it is shown and cross-fades it in over the current one (no
 * frame without a slide fully shown); 整页放映 shows each page as one slide and the settings panel lists the
 * panels whose text is then below the rule. Screenshots of every slide at 1920x1080 and 1080x1920 land in
 * test-output/screenshots/slides-<size>-<n>-<page>-<slide>.png.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PAGES, findPanel } from '../../src/layouts/pages'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { rulePx } from '../support/room'
import { screenUrl, waitForCrispCanvases, waitForStillCharts } from '../support/screen'
import { ROOM_SCREENS } from '../support/screens'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const STILL = 'kiosk&rotate=0&refresh=0'
/**
 * Slides a cycle at 1920x1080 with the room defaults (65 inches, 4 m), at most: 14 (15 before card panels
 * were sized from their head and small panels could share a slide out of reading order; the two project
 * charts on one slide made 13, but 2,000 projects' labels overlapped there: projects-ageing.e2e). Issue 25 asks
 * for 8, which the legibility rule does not allow: a chart needs about 360x280 design px at the rule (the
 * chart-shape test: narrower or lower, it falls back to a table or loses ticks), so a 1080p slide holds two
 * charts side by side, and the bundled pages have twelve charts.
 */
const MOST_SLIDES_AT_1080P = 14
const LEADING = PAGES.flatMap((page) => page.panels.map((p) => p.panel)).find((id) => findPanel(id)?.leading)

function at(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('[data-page-id]')
    return `${main?.dataset.pageId}/${main?.dataset.slide}`
  })
}

/** Font sizes (px) of every text of the figure cards on screen, by role. */
function cardFonts(page: Page): Promise<{ role: string; px: number; text: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-slide-layer="shown"] .figure-card > *')).map((el) => ({
      role: el.className,
      px: parseFloat(getComputedStyle(el).fontSize),
      text: el.textContent ?? '',
    })),
  )
}

/** PageDown, watching every frame until the next slide alone is shown: frames with no slide fully shown. */
function stepWatched(page: Page): Promise<{ blank: number; layersSeen: number; frames: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const position = () => {
          const main = document.querySelector<HTMLElement>('[data-page-id]')
          return `${main?.dataset.pageId}/${main?.dataset.slide}`
        }
        const was = position()
        const start = performance.now()
        let blank = 0
        let layersSeen = 0
        const frames: string[] = []
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }))
        const tick = () => {
          const layers = Array.from(document.querySelectorAll('[data-slide-layer]'))
          layersSeen = Math.max(layersSeen, layers.length)
          frames.push(layers.map((layer) => `${layer.getAttribute('data-slide-layer')} ${getComputedStyle(layer).opacity}`).join(', '))
          if (!layers.some((layer) => Number(getComputedStyle(layer).opacity) >= 0.999)) blank += 1
          if ((position() !== was && layers.length === 1) || performance.now() - start > 15_000) resolve({ blank, layersSeen, frames })
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  )
}

describe('the slides of the show', () => {
  for (const [width, height] of ROOM_SCREENS) {
    it(`${width}x${height}: opens on the 要点 slide, its figures at the rule; each panel once a cycle`, { timeout: 240_000 }, async () => {
      const app = await openApp(browser(), screenUrl(appUrl(), STILL), { viewport: { width, height } })
      const { page } = app
      try {
        await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
        const rule = await rulePx(page)
        expect(await at(page)).toBe(`${PAGES[0].id}/1`)
        const opening = await page.locator('[data-slide-layer="shown"] [data-panel-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.panelId))
        expect(opening).toEqual([LEADING])
        const fonts = await cardFonts(page)
        expect(fonts.filter((f) => f.role.includes('figure-value')).length).toBeGreaterThanOrEqual(4)
        for (const font of fonts) expect(font.px, `${font.text} (${font.role})`).toBeGreaterThanOrEqual(rule)
        const shots = (width === 1920 && height === 1080) || (width === 1080 && height === 1920)
        const seen: string[] = []
        const panels: string[] = []
        for (let i = 0; i < 40; i++) {
          const now = await at(page)
          if (seen.includes(now)) break
          seen.push(now)
          panels.push(...(await page.locator('[data-slide-layer="shown"] [data-panel-id]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.panelId!))))
          if (shots) {
            await waitForCrispCanvases(page)
            await waitForStillCharts(page)
            await screenshot(page, `slides-${width}x${height}-${String(seen.length).padStart(2, '0')}-${now.replace('/', '-')}`)
          }
          const step = await stepWatched(page)
          expect(step.blank, `${now}: frames with no slide fully shown: ${step.frames.join(' | ')}`).toBe(0)
          expect(step.layersSeen, `${now}: the next slide was drawn under the current one`).toBe(2)
        }
        // Every panel of the show, each once a cycle.
        expect(panels.length).toBe(new Set(panels).size)
        expect(new Set(panels)).toEqual(new Set(PAGES.flatMap((p) => p.panels.map((x) => x.panel))))
        console.log(`${width}x${height}: ${seen.length} slides a cycle`)
        if (width === 1920 && height === 1080) expect(seen.length, `slides a cycle at 1920x1080: ${seen.join(' ')}`).toBeLessThanOrEqual(MOST_SLIDES_AT_1080P)
        expect(app.consoleErrors).toEqual([])
      } finally {
        await page.close()
      }
    })
  }

  it('整页放映: each page one slide as designed; the settings panel lists the panels below the rule', { timeout: 120_000 }, async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), STILL), { viewport: { width: 1920, height: 1080 } })
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      await page.mouse.move(400, 300)
      await page.locator('.screen-settings-toggle').click()
      await page.locator('[data-setting="whole"]').check()
      await expect.poll(() => page.url()).toContain('whole')
      const below = page.locator('[data-below-rule]')
      await expect.poll(() => below.count()).toBe(1)
      expect(await below.innerText()).toMatch(/小于易读下限/)
      await screenshot(page, 'slides-whole-settings')
      await page.locator('.screen-settings button', { hasText: '关闭' }).click()
      const seen: string[] = []
      for (let i = 0; i < 12; i++) {
        const now = await at(page)
        if (seen.includes(now)) break
        seen.push(now)
        const shown = await page.locator('[data-slide-layer="shown"] [data-panel-id]').count()
        expect(shown, now).toBe(PAGES.find((p) => p.id === now.split('/')[0])!.panels.length)
        await stepWatched(page)
      }
      expect(seen).toEqual(PAGES.map((p) => `${p.id}/1`))
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
