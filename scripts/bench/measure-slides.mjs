// @ts-check
/// <reference lib="dom" />
/**
 * Slide changes in screen mode at 1920x1080 (the room defaults): from the key that asks for the next slide
 * to the first frame of its cross-fade (it has been drawn off screen) and to the end of the fade (the slide
 * before removed), and the frames on the way with no slide fully shown (a blank frame; must be none). Also
 * the slides of one cycle seen on the way (when the changes go round the show).
 */
import { spread } from './stats.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * @param {BrowserContext} context @param {string} url @param {number} changes
 */
export async function measureSlideChanges(context, url, changes) {
  const page = await context.newPage()
  page.on('console', (m) => m.text().startsWith('BLANK') && console.log(m.text()))
  try {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto(`${url}?kiosk&rotate=0&refresh=0#/`)
    await page.waitForSelector('[data-slide-layer="shown"]', { timeout: 60_000 })
    await page.waitForTimeout(1500)
    /** @type {number[]} */ const visibleMs = []
    /** @type {number[]} */ const doneMs = []
    let blankFrames = 0
    /** @type {string[]} */ const seen = []
    for (let i = 0; i < changes; i++) {
      const r = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const at = () => {
              const first = /** @type {HTMLElement | null} */ (document.querySelector('[data-page-id]'))
              return `${first?.dataset.pageId}/${first?.dataset.slide}`
            }
            const was = at()
            const t0 = performance.now()
            let visible = -1
            let blank = 0
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }))
            const tick = () => {
              const layers = Array.from(document.querySelectorAll('[data-slide-layer]'))
              const opacities = layers.map((l) => Number(getComputedStyle(l).opacity))
              if (!opacities.some((o) => o >= 0.999)) {
                blank += 1
                console.log('BLANK', JSON.stringify(layers.map((l, i) => `${l.getAttribute('data-slide-layer')}:${opacities[i]}:${l.getAttribute('data-page-id')}/${l.getAttribute('data-slide')}`)))
              }
              if (visible < 0 && layers.length > 1 && opacities[opacities.length - 1] > 0) visible = performance.now() - t0
              if (at() !== was && layers.length === 1) resolve({ visible: visible < 0 ? performance.now() - t0 : visible, done: performance.now() - t0, blank, was })
              else if (performance.now() - t0 > 10_000) resolve({ visible: NaN, done: NaN, blank, was })
              else requestAnimationFrame(tick)
            }
            requestAnimationFrame(tick)
          }),
      )
      const { visible, done, blank, was } = /** @type {{ visible: number, done: number, blank: number, was: string }} */ (r)
      visibleMs.push(visible)
      doneMs.push(done)
      blankFrames += blank
      if (blank) console.log(`blank frames after ${was}: ${blank}`)
      if (!seen.includes(was)) seen.push(was)
      await page.waitForTimeout(300)
    }
    return { viewport: '1920x1080', changes, drawnMs: spread(visibleMs), changeMs: spread(doneMs), blankFrames, slidesPerCycle: seen.length, target: 1000 }
  } finally {
    await page.close()
  }
}
