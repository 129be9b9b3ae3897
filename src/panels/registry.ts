/**
 * Every panel of the dashboard. Adding a panel is one folder under src/panels/ and one line here; its id
 * joins PanelId, the ids the page layouts may place.
 */
import { fiscalRevenuePanel } from './fiscal-revenue'
import { gdpPanel } from './gdp'
import { headlinePanel } from './headline'
import { incomePanel } from './income'
import { investmentPanel } from './investment'
import type { PanelDefinition } from './types'
import { villageTiersPanel } from './village-tiers'
import { featureVillagesPanel } from './feature-villages'
import { villageCommercePanel } from './village-commerce'
import { keyProjectsPanel } from './key-projects'
import { projectSectorsPanel } from './project-sectors'
import { commercePanel } from './commerce'
import { agriculturePanel } from './agriculture'
import { landPanel } from './land'
import { enterprisesPanel } from './enterprises'
import { urbanHousingPanel } from './urban-housing'
import { governancePanel } from './governance'
import { partyPanel } from './party'
import { honoursPanel } from './honours'

export const PANELS = [
  headlinePanel,
  gdpPanel,
  fiscalRevenuePanel,
  investmentPanel,
  incomePanel,
  villageTiersPanel,
  featureVillagesPanel,
  villageCommercePanel,
  keyProjectsPanel,
  projectSectorsPanel,
  commercePanel,
  agriculturePanel,
  landPanel,
  enterprisesPanel,
  urbanHousingPanel,
  governancePanel,
  partyPanel,
  honoursPanel,
] as const satisfies readonly PanelDefinition[]

/** The id of a panel in the registry: a layout naming any other id is a type error. */
export type PanelId = (typeof PANELS)[number]['id']

export function findPanel(id: string): PanelDefinition | undefined {
  return PANELS.find((panel) => panel.id === id)
}
