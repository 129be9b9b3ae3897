/** Per-capita disposable income: Jan-May 2022 against the derived Jan-May 2021. */
import { yearOnYearPanel } from '../yearOnYear'

export const incomePanel = yearOnYearPanel('income', '居民人均可支配收入', 'disposable_income_per_capita', '元')
