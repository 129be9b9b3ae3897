import { expect, it } from 'vitest'
import { openApp, screenshot, useBrowser, useServer } from './harness'

// The production build (dist/), served the way `npm start` serves it.
const appUrl = useServer({ root: 'dist' })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

it('loads the production build at 1920x1080 without errors', async () => {
  const app = await openApp(browser(), appUrl())
  // Let the data fetches settle so that their failures, if any, are recorded.
  await app.page.waitForLoadState('networkidle')
  // Screenshot before asserting, so there is something to look at on failure.
  await screenshot(app.page, 'smoke-1920')

  expect((await app.page.title()).trim()).not.toBe('')
  expect(app.consoleErrors).toEqual([])
  expect(app.failedRequests).toEqual([])
  expect(app.offsiteRequests).toEqual([])
})
