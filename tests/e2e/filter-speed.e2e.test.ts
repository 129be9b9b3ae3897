/**
 * How long applying a sector filter to every panel of the overview takes, from the click to the next frame
 * after every chart updated (median of 7). Runs alone, after the other browser tests (vitest.e2e.config.ts),
 * so another file's browser cannot skew it; what the filter does is filter.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, useBrowser, waitForCharts, type AppPage } from '../support/browser'
import { useServer } from '../support/server'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

async function open(path: string): Promise<AppPage> {
  const app = await openApp(browser(), `${appUrl()}${path}`)
  await waitForCharts(app.page)
  return app
}

const sectorButton = (page: Page, name: string) => page.getByRole('group', { name: '产业' }).getByRole('button', { name, exact: true })
/** The route query inside the hash (#/page?x=y). */
const hashQuery = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '')

describe('sector filter speed', () => {
  it('applies a filter to every panel of the overview quickly (median of 7, click to the next frame after all charts updated)', async () => {
    const { page } = await open('#/')
    const panels = await page.locator('[data-panel-id]').count()
    const times: number[] = []
    for (const name of ['工业', '电子商务', '城市建设', '现代农业', '工业', '民生事业', '商贸物流']) {
      // The click, Vue's one update pass (route -> every panel's option -> ChartView's setOption, all
      // synchronous in one microtask), then the next animation frame, in which ECharts has drawn.
      const ms = await page.evaluate((label) => {
        const button = Array.from(document.querySelectorAll<HTMLButtonElement>('[aria-label="产业"] button')).find((b) => b.textContent?.trim() === label)
        if (!button) throw new Error(`no button ${label}`)
        return new Promise<number>((resolve) => {
          const start = performance.now()
          const observer = new MutationObserver(() => {
            observer.disconnect()
            requestAnimationFrame(() => resolve(performance.now() - start))
          })
          observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true })
          button.click()
        })
      }, name)
      times.push(ms)
      expect(await sectorButton(page, name).getAttribute('aria-pressed')).toBe('true')
      await sectorButton(page, '全部').click()
      await expect.poll(() => hashQuery(page).get('sector')).toBeNull()
      await page.waitForTimeout(700) // let the charts' 600 ms animation finish before the next run
    }
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]
    console.log(`filter apply, overview (${panels} panels): median ${median.toFixed(1)} ms of ${times.map((t) => t.toFixed(1)).join(', ')}`)
    expect(median).toBeLessThan(500)
    await page.close()
  })
})
