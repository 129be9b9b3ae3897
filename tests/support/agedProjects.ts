/**
 * A dataset of monthly editions with projects last reported some editions ago, for the project kinds'
 * tests: the small fixture's sectors and one of its projects as the template, fictional names and amounts.
 */
import type { Dataset, Project } from '../../src/data/schema'
import type { Edition } from '../../src/data/schema'
import { parsePeriod } from '../../src/data/period'
import { dataset } from './panelData'

/** `count` monthly editions newest first, ending 2022年1-5月. */
function monthlyEditionsNewestFirst(count: number): Edition[] {
  return Array.from({ length: count }, (_, age) => {
    const months = 2022 * 12 + 4 - age
    const year = Math.floor(months / 12)
    const month = (months % 12) + 1
    const name = month === 1 ? `${year}年1月` : `${year}年1-${month}月`
    return { id: `${year}-${String(month).padStart(2, '0')}`, name, asOf: `${year}-${String(month).padStart(2, '0')}`, title: `测试月报${name}`, source: '测试' }
  })
}

export interface AgedSpec {
  /** Editions unreported (0: reported in the shown edition). */
  age: number
  /** Total investment in yuan, or null (未公布). */
  total: number | null
  sector?: string | null
  completed?: number | null
  status?: Project['status']
}

/** The shown edition is the newest of `editions` editions; each project as `specs` says. */
export function agedDataset(specs: readonly AgedSpec[], editions = 40): Dataset {
  const list = monthlyEditionsNewestFirst(editions)
  const template = dataset.projects[0]
  const projects: Project[] = specs.map((spec, index) => ({
    ...template,
    id: `aged_${index}`,
    name: `测试项目${index + 1}`,
    sector: spec.sector === undefined ? 'new_materials' : spec.sector,
    sectorBasis: spec.sector === null ? null : 'assigned',
    totalInvestment: spec.total,
    completedInvestment: spec.completed ?? null,
    status: spec.status ?? 'under_construction',
    statusBasis: 'stated',
    edition: list[spec.age],
    period: parsePeriod('截至报道时', 2022)!,
    carried: spec.age > 0,
  }))
  return { ...dataset, editions: list, edition: list[0], projects }
}
