/**
 * The dashboard over several report editions, with tests/fixtures/multi served as data/ (six editions over
 * three years, fictional numbers): the 报告期 control, ?period pinning through reload and Back, the
 * months so far with single months and 环比, the stated previous year, each kind of target, a figure
 * carried from an earlier edition, and every page painting without an error. With one edition (the small
 * fixture) the control takes no space.
 */
import { describe, expect, it } from 'vitest'
import { PAGES } from '../../src/layouts/pages'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { useServer } from '../support/server'
import { settle, STACK_TRACE } from '../support/pageState'

const multiUrl = useServer({ dataDir: 'tests/fixtures/multi' })
const singleUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const select = '[data-edition-select]'

describe('several editions', () => {
  it('shows the newest, lists the editions newest first, and pins an earlier one in the URL through reload and Back', async () => {
    const { page } = await openApp(browser(), `${multiUrl()}#/page/economy`)
    await settle(page)
    const options = await page.locator(`${select} option`).allInnerTexts()
    expect(options).toEqual(['2022年1-5月（最新）', '2022年1-4月', '2022年1-3月', '2021年', '2021年1-5月', '2020年'])
    const gdp = page.locator('[data-panel-id="gdp"] .panel-headline')
    expect(await gdp.innerText()).toMatch(/11亿元\s+同比 \+10% ↑/)
    expect(await page.locator('.app-asof').innerText()).toBe('主要指标截至2022年5月')

    await page.locator(select).selectOption('2022-04')
    await expect.poll(() => page.url()).toContain('edition=2022-04')
    await expect.poll(() => gdp.innerText()).toContain('8.8亿元')
    expect(await page.locator('.app-asof').innerText()).toBe('主要指标截至2022年4月')
    await page.reload()
    await settle(page)
    expect(await gdp.innerText()).toContain('8.8亿元')
    expect(await page.locator(select).inputValue()).toBe('2022-04')
    await page.goBack()
    await expect.poll(() => gdp.innerText()).toContain('11亿元')
    expect(page.url()).not.toMatch(/(period|edition)=/)
  })

  it('draws the months so far with the single months (推算), the stated last year, and the whole years of a year edition', async () => {
    const { page } = await openApp(browser(), `${multiUrl()}#/page/economy`)
    await settle(page)
    const panel = page.locator('[data-panel-id="gdp"]')
    await panel.getByRole('button', { name: '数据' }).click()
    const table = await panel.locator('table').innerText()
    expect(table).toContain('2021年1-5月\t10亿元\t报道数据')
    expect(table).toContain('单月：5月 2.2亿元（推算），环比 -21.4% ↓（推算）')
    expect(table).not.toContain('按可比价增速推算')
    await screenshot(page, 'editions-economy-gdp-table')

    const years = await openApp(browser(), `${multiUrl()}?period=2021#/page/economy`)
    await settle(years.page)
    const yearsPanel = years.page.locator('[data-panel-id="gdp"]')
    await yearsPanel.getByRole('button', { name: '数据' }).click()
    const yearsTable = await yearsPanel.locator('table').innerText()
    expect(yearsTable).toMatch(/2020年\t20亿元[\s\S]*2021年\t25亿元/)
  })

  it('shows each kind of target and a figure carried from an earlier edition, marked with its period', async () => {
    const { page } = await openApp(browser(), `${multiUrl()}#/`)
    await settle(page)
    const gdpCard = page.locator('[data-figure-id="gdp"] .figure-target')
    expect(await gdpCard.innerText()).toBe('完成年度目标39.3%（推算），时序进度41.7%')
    expect(await page.locator('[data-figure-id="gdp"] .figure-note').first().innerText()).toBe('同比 +10% ↑（高于目标3个百分点）')
    expect(await page.locator('[data-figure-id="four_above_enterprises_total"] .figure-target').innerText()).toBe('目标 80家，尚差 5家')
    expect(await page.locator('[data-figure-id="disposable_income_per_capita"] .figure-target').count()).toBe(0)
    const livelihood = await openApp(browser(), `${multiUrl()}#/page/livelihood`)
    await settle(livelihood.page)
    const awards = livelihood.page.locator('[data-figure-id="party_awards_two_excellent_one_advanced"]')
    expect(await awards.locator('.figure-value').innerText()).toBe('8个')
    expect(await awards.locator('.figure-note').innerText()).toContain('（2022年1-4月报告期数据）')
    expect(await livelihood.page.locator('[data-panel-id="party"] .panel-period').innerText()).toBe('截至报道时（2022年1-4月报告期数据）')
  })

  it('paints every page of every edition without an error', async () => {
    for (const edition of ['', '?period=2022-04', '?period=2021']) {
      for (const pageDef of PAGES) {
        const app = await openApp(browser(), `${multiUrl()}${edition}#${pageDef.id === 'overview' ? '/' : `/page/${pageDef.id}`}`)
        const states = await settle(app.page)
        for (const state of states) {
          // A year-end edition does not report the monthly figures: those panels say so, as no error.
          const absent = edition === '?period=2021' && state.state === 'absent'
          if (absent) expect(state.text).toMatch(/报告期“2021年”及以前各期没有(“.+”的数据|项目数据|荣誉与称号)/)
          else expect(state.state, `${edition} ${pageDef.id} ${state.id}: ${state.text.slice(0, 200)}`).toBe('ok')
          expect(state.drawn || absent, `${edition} ${pageDef.id} ${state.id}`).toBe(true)
          expect(state.text).not.toMatch(STACK_TRACE)
        }
        expect(app.consoleErrors).toEqual([])
        if (edition === '') await screenshot(app.page, `editions-multi-${pageDef.id}-1920`)
        await app.page.close()
      }
    }
  })
})

describe('one edition', () => {
  it('has no 报告期 control: it takes no space', async () => {
    const { page } = await openApp(browser(), `${singleUrl()}#/`)
    await settle(page)
    expect(await page.locator(select).count()).toBe(0)
    expect(await page.locator('.edition-select').count()).toBe(0)
  })
})
