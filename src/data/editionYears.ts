/** 报告期 over many years: the editions grouped by the year of their as-of date. Pure. */
import type { Edition } from './schema'

export interface EditionYear {
  /** 2019 (the year of the editions' as-of date). */
  year: string
  /** Its editions, in the order given (newest first). */
  editions: Edition[]
}

/** The editions (newest first) grouped by the year of their as-of date, newest year first. */
export function editionsByYear(editions: readonly Edition[]): EditionYear[] {
  const years: EditionYear[] = []
  for (const edition of editions) {
    const year = edition.asOf.slice(0, 4)
    const last = years[years.length - 1]
    if (last?.year === year) last.editions.push(edition)
    else years.push({ year, editions: [edition] })
  }
  return years
}
