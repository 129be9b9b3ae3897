/** GDP: Jan-May 2022 against the derived Jan-May 2021. */
import { yearOnYearPanel } from '../yearOnYear'

export const gdpPanel = yearOnYearPanel({ id: 'gdp', title: '地区生产总值', levelId: 'gdp', growthId: 'gdp_growth', unit: '亿元', derivation: 'real' })
