/**
 * The smallest area each panel needs, in design pixels (the 1920x1080 design, where the smallest text is
 * 14 px): at that size its title, headline, plot, labels and source line all fit without overlap. At the
 * legibility rule everything is multiplied by the rule's text scale, so the same table serves every
 * screen and room; slides are computed from it (src/screen/slides.ts). Measured on the panels' content:
 * a list of bars needs height for each bar, cards need width for each card. A panel may give several
 * shapes (six cards in two columns, or in three): a cell that holds any of them will do. Pure.
 */
import type { Size } from './fit'

const CHART: Size = { width: 360, height: 280 }

// A row of cards is about 125 px tall (label, figure, note), 170 with a label or note on two lines; a
// column 162 px wide; a panel's title, source and padding about 85 px. Text grows with the cell, so the
// columns never get fewer than here.
const CARDS: readonly Size[] = [
  { width: 700, height: 280 },
  { width: 380, height: 440 },
]

const MINIMUM: Readonly<Record<string, Size | readonly Size[]>> = {
  // Six figure cards, two or three to a row.
  headline: [
    { width: 360, height: 470 },
    { width: 520, height: 350 },
  ],
  // Up to fifteen projects and 其余 as bars, with a legend and a note: wide (one-line legend and headline)
  // or tall. Not narrower: at 370 wide, 2,000 projects' value labels overlapped and the axis kept one
  // tick (projects-ageing.e2e). Eleven sectors' stacked bars, a two-line legend and a note: as tall as a
  // 16:9 slide and about half as wide (the plot keeps half the chart, no label overlaps).
  key_projects: [
    { width: 600, height: 380 },
    { width: 400, height: 480 },
  ],
  project_sectors: [
    { width: 600, height: 390 },
    { width: 370, height: 390 },
  ],
  // Stacked parts with their labels inside (增强型 70家) and after the bar (提升型 20家); a portrait
  // totem's width at least.
  village_commerce: [
    { width: 480, height: 320 },
    { width: 420, height: 340 },
  ],
  feature_villages: { width: 360, height: 300 },
  // Three or four figure cards: in a row, or two by two.
  party: CARDS,
  governance: CARDS,
  // Six cards: one row, four and two, or three by two.
  urban_housing: [
    { width: 1000, height: 280 },
    { width: 740, height: 370 },
    { width: 520, height: 450 },
    { width: 380, height: 600 },
  ],
  enterprises: CARDS,
  commerce: CARDS,
}

/** The smallest design-pixel areas a panel can do with (any one of them). */
export function panelMinimum(panelId: string): readonly Size[] {
  const minimum = MINIMUM[panelId] ?? CHART
  return Array.isArray(minimum) ? minimum : [minimum as Size]
}
