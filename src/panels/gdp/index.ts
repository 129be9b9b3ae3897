/** GDP: Jan-May 2022 against the derived Jan-May 2021. */
import { yearOnYearPanel } from '../yearOnYear'

export const gdpPanel = yearOnYearPanel('gdp', '地区生产总值', 'gdp', '亿元')
