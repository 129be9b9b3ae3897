/**
 * Pure helpers of the sector filter: read the ?sector= parameter, keep only known ids, write it back,
 * toggle one sector, expand a parent to its sub-sectors. No Vue, no router: unit-tested on plain data.
 */
import type { LocationQueryValue } from 'vue-router'
import type { Sector } from '../data/schema'

/** The part of a sector the filter needs. */
export type SectorNode = Pick<Sector, 'id' | 'parent'>

/** Query key of the filter: ?sector=industry,e_commerce */
export const SECTOR_KEY = 'sector'

/** The raw value of ?sector= as one comma-separated string (several ?sector= parameters are joined). */
export function rawSectorParam(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const values = Array.isArray(value) ? value : [value]
  return values.filter((item): item is string => typeof item === 'string' && item !== '').join(',')
}

/** The sector's parent, its parent's parent and so on (a loop in the data stops the walk). */
export function ancestorsOf(id: string, sectors: readonly SectorNode[]): string[] {
  const out: string[] = []
  for (let up = sectors.find((sector) => sector.id === id)?.parent; up && up !== id && !out.includes(up); ) {
    out.push(up)
    up = sectors.find((sector) => sector.id === up)?.parent
  }
  return out
}

/** The chosen sector ids in data order and without repeats; a sub-sector of a chosen parent is implied. */
export function normalizeSectors(ids: readonly string[], sectors: readonly SectorNode[]): string[] {
  const wanted = new Set(ids)
  return sectors
    .map((sector) => sector.id)
    .filter((id) => wanted.has(id) && !ancestorsOf(id, sectors).some((up) => wanted.has(up)))
}

export interface ParsedSectors {
  /** Known ids, normalized. */
  chosen: string[]
  /** Ids the data does not know, in the order given, each once. */
  unknown: string[]
}

/** Splits the raw ?sector= value into the known sectors and the unknown ids. */
export function parseSectors(raw: string, sectors: readonly SectorNode[]): ParsedSectors {
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
  const known = new Set(sectors.map((sector) => sector.id))
  return {
    chosen: normalizeSectors(ids, sectors),
    unknown: [...new Set(ids.filter((id) => !known.has(id)))],
  }
}

/** The ?sector= value for these ids, or undefined when none is chosen (the key is then left out). */
export function serialiseSectors(ids: readonly string[]): string | undefined {
  return ids.length ? ids.join(',') : undefined
}

/** The chosen sector ids with every sub-sector of a chosen parent; empty means all sectors. */
export function expandSectors(chosen: readonly string[], sectors: readonly SectorNode[]): Set<string> {
  const out = new Set<string>()
  const add = (id: string) => {
    if (out.has(id)) return
    out.add(id)
    for (const child of sectors) if (child.parent === id) add(child.id)
  }
  chosen.forEach(add)
  return out
}

/**
 * The choice after pressing one sector's button. The buttons show what is covered, so a sub-sector of a
 * chosen parent shows pressed; pressing it takes it out, which leaves its parent's other sub-sectors (and
 * not the parent's own, undivided figures, which also cover the one taken out).
 */
export function toggleSector(chosen: readonly string[], id: string, sectors: readonly SectorNode[]): string[] {
  if (!expandSectors(chosen, sectors).has(id)) return normalizeSectors([...chosen, id], sectors)
  if (chosen.includes(id)) return normalizeSectors(chosen.filter((item) => item !== id), sectors)
  const next = new Set(chosen)
  // Walk up from the sector to the chosen ancestor, swapping each level for the siblings off the path.
  let node = id
  for (const up of ancestorsOf(id, sectors)) {
    for (const sibling of sectors) if (sibling.parent === up && sibling.id !== node) next.add(sibling.id)
    if (next.delete(up)) break
    node = up
  }
  return normalizeSectors([...next], sectors)
}

/** The choice after clicking a sector in a chart: just that sector, or nothing when it alone was chosen. */
export function focusSector(chosen: readonly string[], id: string, sectors: readonly SectorNode[]): string[] {
  return chosen.length === 1 && chosen[0] === id ? [] : normalizeSectors([id], sectors)
}
