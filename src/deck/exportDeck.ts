/**
 * 导出演示文稿, loaded on demand (dynamic import) with pptxgenjs: describe the deck from the snapshot of
 * what is on screen, render each chart off screen at 2x (the export renderer), write the .pptx. Yields to
 * the page between slides so the progress line repaints and the page stays responsive.
 */
import { drawChart, onCanvas } from '../export/render'
import { describeDeck, type DeckRequest } from './describe'
import { renderDeck } from './render'
import type { DeckImage } from './types'

/** CSS px per inch; charts are drawn at the box's size in CSS px, at this many device pixels per px. */
const PX_PER_INCH = 96
const DECK_RATIO = 2

/** The chart as a PNG data URL, the box's aspect exactly (no stretching in the slide). */
function chartImage(image: DeckImage, ratio = DECK_RATIO): string {
  const size = { width: Math.round(image.w * PX_PER_INCH), height: Math.round(image.h * PX_PER_INCH) }
  return onCanvas(size, ratio, image.background, (ctx, canvas) => {
    drawChart(ctx, image.option, image.theme, size, ratio, 0, 0)
    return canvas.toDataURL('image/png')
  })
}

const breathe = () => new Promise((resolve) => setTimeout(resolve, 0))

export interface DeckFile {
  name: string
  blob: Blob
  slides: number
  failed: string[]
}

export async function exportDeck(request: DeckRequest, progress?: (done: number, total: number) => void): Promise<DeckFile> {
  const deck = describeDeck(request)
  const blob = await renderDeck(deck, {
    chartImage: (image) => chartImage(image),
    beforeSlide: async (index, total) => {
      progress?.(index, total)
      await breathe()
    },
  })
  return { name: deck.fileName, blob, slides: deck.slides.length, failed: deck.failed }
}
