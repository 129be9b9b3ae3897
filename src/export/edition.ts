/**
 * The edition (报告期) an output names: the one on screen (the pinned ?edition, or the newest). The one
 * place the deck, the printout and the whole-screen export read it from. Pure.
 */
import { formatAsOf } from '../data/period'
import { chooseEdition } from '../data/resolve'
import type { DataFiles } from '../data/schema'

export interface DeckEdition {
  /** 报告期, e.g. 2022年1-5月. */
  label: string
  /** 数据截至, e.g. 2022年5月. */
  asOf: string
  /** The report's title, as source lines name it: 砥砺前行走在前 主动作为开新局. */
  title: string
  /** Who published it, with subtitle and credits. */
  source: string
}

/** The edition `id` names (the newest when absent or unknown); undefined until editions.json is read. */
export function deckEdition(values: Partial<DataFiles>, id: string | undefined): DeckEdition | undefined {
  const edition = chooseEdition(values.editions ?? [], id)
  return edition && { label: edition.name, asOf: formatAsOf(edition.asOf), title: edition.title, source: edition.source }
}
