/**
 * One bad field of meta.json (the town name written as a number) does not take the dashboard down: every
 * panel draws under a neutral title, and the banner names the field.
 */
import { describe, expect, it } from 'vitest'
import { screenshot, useBrowser } from '../support/browser'
import { useDataServer } from '../support/server'
import { edited, type Json } from '../support/dataCopy'
import { settle, STACK_TRACE } from '../support/pageState'

const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const openWith = useDataServer(browser)

describe('meta.json with the town name a number', () => {
  it('every panel keeps working; the banner names meta.json\'s town field', async () => {
    const meta = await edited('meta.json', (json: Json) => (json.town = 123))
    const app = await openWith({ 'meta.json': meta }, '#/')
    const panels = await settle(app.page)
    await screenshot(app.page, 'faults-meta-town-number')
    expect(panels.length).toBeGreaterThan(3)
    for (const panel of panels) expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    const banner = await app.page.locator('.data-error-banner').innerText()
    expect(banner).toContain('meta.json')
    expect(banner).toMatch(/town[^\n]*应为[^\n]*123/)
    expect(await app.page.locator('.data-error-banner strong').first().innerText()).toBe('基本信息有误，有误的内容以中性文字代替，各面板照常显示：')
    expect(await app.page.locator('body').innerText()).not.toMatch(STACK_TRACE)
    expect(app.consoleErrors.filter((line) => line.startsWith('pageerror'))).toEqual([])
    await app.page.close()
  })
})
