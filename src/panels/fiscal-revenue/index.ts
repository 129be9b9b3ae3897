/** Fiscal revenue: Jan-May 2022 against the derived Jan-May 2021. */
import { yearOnYearPanel } from '../yearOnYear'

export const fiscalRevenuePanel = yearOnYearPanel('fiscal_revenue', '财政收入', 'fiscal_revenue', '万元')
