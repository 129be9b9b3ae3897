/** Per-capita disposable income: Jan-May 2022 against the derived Jan-May 2021. */
import { yearOnYearPanel } from '../yearOnYear'

export const incomePanel = yearOnYearPanel({
  id: 'income',
  title: '居民人均可支配收入',
  levelId: 'disposable_income_per_capita',
  growthId: 'disposable_income_per_capita_growth',
  unit: '元',
  derivation: 'nominal',
})
