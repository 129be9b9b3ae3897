/**
 * Colours that belong to a meaning, not to a sector or a position: a project status keeps its colour
 * whichever statuses a filter leaves visible, and a town-wide figure is never drawn in a sector's colour.
 * Statuses run like the stages of a project (招商中 → 落地开工 → 即将内部装修 → 在建 → 已完成 → 已运营),
 * violet, blue and pink before building starts, construction yellow while built, green once done and
 * brown (settled) when operating; 未说明进度 is grey.
 * Each pair of colours is far apart in both themes (checked by a unit test), and none is a sector's.
 */
import type { ProjectStatus } from '../data/schema'
import type { ThemeName } from './themes'

/** The statuses in the order of a project's stages; charts and legends list them in this order. */
export const STATUS_STAGES: readonly ProjectStatus[] = [
  'inviting_tenants',
  'started',
  'fitting_out',
  'under_construction',
  'completed',
  'operating',
  'unstated',
]

export const STATUS_COLOURS: Record<ThemeName, Record<ProjectStatus, string>> = {
  dark: {
    inviting_tenants: '#a855f7',
    started: '#0ea5e9',
    fitting_out: '#f9a8d4',
    under_construction: '#fde047',
    completed: '#4ade80',
    operating: '#d97706',
    unstated: '#7b8794',
  },
  light: {
    inviting_tenants: '#6d28d9',
    started: '#0284c7',
    fitting_out: '#be185d',
    under_construction: '#ca8a04',
    completed: '#15803d',
    operating: '#78350f',
    unstated: '#9ca3af',
  },
}

/** A figure of the whole town (not split by sector): a neutral slate, apart from the derived grey. */
export const TOWN_COLOURS: Record<ThemeName, string> = {
  dark: '#cbd5e1',
  light: '#475569',
}
