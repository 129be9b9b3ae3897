/**
 * The panel kinds, by the name data/dashboard.json gives them: a plain list, one line each. A new kind is
 * one folder under src/panels/kinds/ and one line here; no kind knows an indicator of any town.
 *
 * The kinds the bundled overview draws are in the first load (`kind`). The others (`load`) are fetched
 * when a page that shows one is drawn (its frame shows the panel's loading state meanwhile), and before
 * screen mode, the exports, the deck and print, which draw every page (loadKinds): the first load stays
 * within its budget (scripts/check-size.mjs). The portable file holds them all (its import() is inlined).
 */
import type { DataFileName } from '../data/schema'
import { figureCardsKind } from './kinds/figure-cards'
import { growthBarsKind } from './kinds/growth-bars'
import { levelCompareKind } from './kinds/level-compare'
import { tiersKind } from './kinds/tiers'
import type { PanelKind } from './spec'

type KindEntry =
  | { name: string; kind: PanelKind }
  /** `lists`: the optional list files its panels read; without them the panel is left out before its code is in. */
  | { name: string; load: () => Promise<PanelKind>; lists?: readonly DataFileName[] }

export const KIND_LIST: readonly KindEntry[] = [
  { name: '指标卡', kind: figureCardsKind },
  { name: '总量对比', kind: levelCompareKind },
  { name: '增速对比', kind: growthBarsKind },
  { name: '条形对比', load: async () => (await import('./kinds/count-bars')).countBarsKind },
  { name: '构成', load: async () => (await import('./kinds/parts')).partsKind },
  { name: '分档', kind: tiersKind },
  { name: '重点项目', load: async () => (await import('./kinds/key-projects')).keyProjectsKind, lists: ['projects.json'] },
  { name: '项目分布', load: async () => (await import('./kinds/project-sectors')).projectSectorsKind, lists: ['projects.json'] },
  { name: '荣誉称号', load: async () => (await import('./kinds/honours')).honoursKind, lists: ['honours.json'] },
  { name: '趋势', load: async () => (await import('./kinds/trend')).trendKind },
  { name: '完成进度', load: async () => (await import('./kinds/completion')).completionKind },
  { name: '表格', load: async () => (await import('./kinds/table')).tableKind },
]

const ENTRIES = new Map(KIND_LIST.map((entry) => [entry.name, entry]))
/** The lazy kinds whose code is in. */
const loaded = new Map<string, PanelKind>()
const loading = new Map<string, Promise<void>>()

/** The names of every kind, for messages (指标卡、总量对比…). */
export function kindNames(): string[] {
  return KIND_LIST.map((entry) => entry.name)
}

export function isKind(name: string): boolean {
  return ENTRIES.has(name)
}

/** The kind `name` when its code is in; undefined for an unknown kind or one still to load. */
export function loadedKind(name: string): PanelKind | undefined {
  const entry = ENTRIES.get(name)
  if (!entry) return undefined
  return 'kind' in entry ? entry.kind : loaded.get(name)
}

/** The optional list files a kind's panels read, known before its code is in. */
export function kindLists(name: string): readonly DataFileName[] {
  const entry = ENTRIES.get(name)
  return entry && 'load' in entry ? (entry.lists ?? []) : []
}

/**
 * Fetches the code of the kinds named (every lazy kind without `names`) that is not in yet. A failed
 * fetch rejects and is tried again at the next call.
 */
export function loadKinds(names?: Iterable<string>): Promise<void> {
  const wanted = names ? [...new Set(names)] : kindNames()
  return Promise.all(
    wanted.map((name) => {
      const entry = ENTRIES.get(name)
      if (!entry || 'kind' in entry || loaded.has(name)) return undefined
      let load = loading.get(name)
      if (!load) {
        load = entry.load().then(
          (kind) => {
            loaded.set(name, kind)
          },
          (error: unknown) => {
            loading.delete(name)
            throw error
          },
        )
        loading.set(name, load)
      }
      return load
    }),
  ).then(() => undefined)
}
