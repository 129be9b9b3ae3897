/** Fiscal revenue: Jan-May 2022 against the derived Jan-May 2021. */
import { yearOnYearPanel } from '../yearOnYear'

export const fiscalRevenuePanel = yearOnYearPanel({
  id: 'fiscal_revenue',
  title: '财政收入',
  levelId: 'fiscal_revenue',
  growthId: 'fiscal_revenue_growth',
  unit: '万元',
  derivation: 'nominal',
})
