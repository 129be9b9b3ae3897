/**
 * 报告期 over many years: the edition a person types (2019, 2019年3月, 2019-03). Pure; loaded when someone
 * first types in the 报告期 box (the grouping by year is in ./editionYears.ts).
 */
import type { Edition } from './schema'

/**
 * The edition `text` names among `editions` (newest first): its name or id as written; else a year and a
 * month (2019年3月, 2019-3, 2019.03, 201903), the edition as of that month; else a year alone, its newest
 * edition. Undefined when none.
 */
export function findEdition(editions: readonly Edition[], text: string): Edition | undefined {
  const typed = text.trim()
  if (!typed) return undefined
  const named = editions.find((edition) => edition.name === typed || edition.id === typed)
  if (named) return named
  const match = /^(\d{4})(?:\s*(?:年|[-./])?\s*(\d{1,2})\s*月?)?\s*年?$/.exec(typed)
  if (!match) return undefined
  const [, year, month] = match
  if (month === undefined) return editions.find((edition) => edition.asOf.startsWith(year))
  return editions.find((edition) => edition.asOf.startsWith(`${year}-${month.padStart(2, "0")}`))
}
