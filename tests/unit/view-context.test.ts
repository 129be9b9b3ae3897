// @vitest-environment jsdom
/**
 * One view, one context: with a filter and an earlier edition pinned in the URL, the panel on screen,
 * screen mode's card sizes, the image export, the deck and print all build their panels through the one
 * builder (contextFor) from the same view, so each shows the same data, edition and sectors as the
 * frame (only the look differs: print is light, the deck and card sizes are at design scale).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import type { ContextLook, PanelView } from '../../src/panels/context'
import type { PanelContext } from '../../src/panels/types'

/** Every context the one builder returned, with the view and look it was asked for. */
const built = vi.hoisted(() => [] as { view: PanelView; look: ContextLook | undefined; ctx: PanelContext | undefined }[])

vi.mock('../../src/panels/context', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/panels/context')>()
  return {
    ...original,
    contextFor: (...args: Parameters<typeof original.contextFor>) => {
      const ctx = original.contextFor(...args)
      built.push({ view: args[1], look: args[2], ctx })
      return ctx
    },
  }
})

const { contextFor } = await import('../../src/panels/context')
const { router } = await import('../../src/router')
const { useDatasetStore } = await import('../../src/stores/useDatasetStore')
const { usePresentationStore } = await import('../../src/stores/usePresentationStore')
const { useScreenStore } = await import('../../src/stores/useScreenStore')
const { usePanelView } = await import('../../src/stores/panelView')
const { exportContext } = await import('../../src/export/snapshot')
const { describeDeck } = await import('../../src/deck/describe')
const { printState } = await import('../../src/print/printState')
const { buildPrintView, removePrintView } = await import('../../src/print/printView')
const { findPage, findPanel, PANELS } = await import('../../src/layouts/pages')
const { fixtureDir, folderTexts } = await import('../support/fixtures')

const gdp = findPanel('gdp')!
const cardsPanel = PANELS.find((panel) => panel.kind === 'cards')!
const app = createApp({ render: () => null }).use(router).use(createPinia())
const stores = () => app.runWithContext(() => ({ dataset: useDatasetStore(), presentation: usePresentationStore(), screen: useScreenStore() }))

/** The frame's context of a panel: the view of the stores, through the one builder (PanelFrame does this). */
function frameContext(): PanelContext {
  const { presentation } = stores()
  const view = app.runWithContext(() => usePanelView(presentation))()
  return contextFor(gdp, view)!
}

/** The contexts built by `output`, each checked against the frame's: same data, edition and sectors. */
function sameAsFrame(output: () => void): PanelContext[] {
  const frame = frameContext()
  built.length = 0
  output()
  const contexts = built.map((entry) => entry.ctx).filter((ctx): ctx is PanelContext => ctx !== undefined)
  expect(contexts.length).toBeGreaterThan(0)
  for (const ctx of contexts) {
    expect(ctx.dataset).toBe(frame.dataset)
    expect([...ctx.sectors].sort()).toEqual([...frame.sectors].sort())
  }
  return contexts
}

beforeAll(async () => {
  // jsdom has no canvas: text is measured by the fallback, as it returns null anyway (without the warning).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  stores().dataset.apply(folderTexts(fixtureDir('multi')))
  // An older link: the edition under its old name (?period=) still pins it.
  await router.replace({ path: '/panel/gdp', query: { sector: 'industry', period: '2022-04', theme: 'light' } })
})

afterEach(() => removePrintView())

describe('the panel context of every output', () => {
  it('on screen: the URL view (sector with its sub-sectors, pinned edition, theme) reaches the frame', () => {
    const frame = frameContext()
    expect(gdp.period(frame)).toBe('2022年1-4月')
    expect(frame.sectors.has('industry')).toBe(true)
    expect(frame.sectors.size).toBeGreaterThan(1)
    expect(frame.theme).toBe('light')
  })

  it('screen mode: card sizes are built from the same view, at design scale', () => {
    const [ctx] = sameAsFrame(() => stores().screen.cardsOf(cardsPanel.id))
    expect(ctx.scale).toBe(1)
  })

  it('export: the snapshot at the click builds the same context, in the export theme', () => {
    const { presentation } = stores()
    const [ctx] = sameAsFrame(() => exportContext(gdp, { ...app.runWithContext(() => usePanelView(presentation))(), targets: new Map() }, 'dark'))
    expect(ctx.theme).toBe('dark')
    expect(gdp.period(ctx)).toBe('2022年1-4月')
  })

  it('deck: every slide of the page is built from the same view', () => {
    const { presentation } = stores()
    const view = app.runWithContext(() => usePanelView(presentation))()
    const contexts = sameAsFrame(() => describeDeck({ ...view, pages: [findPage('economy')!], background: 'white', now: new Date(2026, 11, 7) }))
    expect(contexts.every((ctx) => ctx.scale === 1 && ctx.theme === 'light')).toBe(true)
  })

  it('print: the sheets are built from the same view (the page or panel of the URL), in the light theme', () => {
    const state = app.runWithContext(() => printState())!
    expect(state).toMatchObject({ panelId: 'gdp', pageId: 'overview', edition: '2022-04', chosen: ['industry'] })
    const contexts = sameAsFrame(() => buildPrintView(state, { paper: 'A4', per: 'panel', scope: 'current' }))
    expect(contexts.every((ctx) => ctx.theme === 'light')).toBe(true)
    expect(document.querySelector('.print-edition')?.textContent).toContain('2022年1-4月')
  })
})
