/**
 * A chart's accessible description keeps its figures through filter → reload → Back: the 投资与工业增长
 * chart is described with its rates (104.2, 43.4, 1.5) again once the filter is taken back, not by its
 * title and headline alone.
 */
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const description = (page: Page) => page.locator('[data-panel-id="investment"] .chart-view').getAttribute('aria-label')
const sector = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('sector')

it('the investment chart is described with its figures after filter, reload and Back', async () => {
  const app = await openApp(browser(), `${appUrl()}#/`)
  const { page } = app
  await waitForCharts(page)
  await expect.poll(() => description(page)).toContain('全社会固定资产投资 104.2')
  await page.getByRole('group', { name: '产业' }).getByRole('button', { name: '工业', exact: true }).click()
  await expect.poll(() => sector(page)).toBe('industry')
  await expect.poll(() => description(page)).toContain('工业项目投资 43.4')
  await page.reload()
  await waitForCharts(page)
  await page.goBack()
  await expect.poll(() => sector(page)).toBeNull()
  await waitForCharts(page)
  await expect.poll(() => description(page)).toContain('全社会固定资产投资 104.2')
  const text = await description(page)
  expect(text).toContain('工业项目投资 43.4')
  expect(text).toContain('规上工业增加值 1.5')
  await page.close()
})
