/**
 * A sector's Chinese name from its id: one look-up for the panels, the filter chip and export names.
 * Pure.
 */
import type { Sector } from './schema'

/** The name of `sector` among the data's sectors; the id itself when the data lacks it; 未注明 for none. */
export function sectorName(data: { readonly sectors?: readonly Sector[] }, sector: string | null): string {
  if (sector === null) return '未注明'
  return data.sectors?.find((item) => item.id === sector)?.name ?? sector
}
