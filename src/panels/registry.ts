/**
 * Every panel of the dashboard. Adding a panel is one folder under src/panels/ and one line here.
 */
import { fiscalRevenuePanel } from './fiscal-revenue'
import { gdpPanel } from './gdp'
import { headlinePanel } from './headline'
import { incomePanel } from './income'
import { investmentPanel } from './investment'
import type { PanelDefinition } from './types'
import { villageTiersPanel } from './village-tiers'

export const PANELS: readonly PanelDefinition[] = [
  headlinePanel,
  gdpPanel,
  fiscalRevenuePanel,
  investmentPanel,
  incomePanel,
  villageTiersPanel,
]

export function findPanel(id: string): PanelDefinition | undefined {
  return PANELS.find((panel) => panel.id === id)
}
