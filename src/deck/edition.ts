/**
 * The edition (报告期) an output names. Today it is the period in data/meta.json; editions are being added
 * to the data model, and this is the one place the deck and the printout read it from. Pure.
 */
import type { Dataset } from '../data/schema'
import { formatPeriod } from '../format/number'

export interface DeckEdition {
  /** 报告期, e.g. 2022年1-5月. */
  label: string
  /** 数据截至, e.g. 2022年5月. */
  asOf: string
}

export function deckEdition(meta: Dataset['meta']): DeckEdition {
  return { label: formatPeriod(meta.reportPeriod), asOf: formatPeriod(meta.asOf) }
}
