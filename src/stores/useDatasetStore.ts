/**
 * The dataset: load state, the last good value of each data file, and each file's current problems.
 * A failed or invalid read never throws away data already on screen: it is kept and marked stale.
 */
import { defineStore } from 'pinia'
import { computed, hasInjectionContext, nextTick, ref, shallowRef, watch } from 'vue'
import { installDashboard } from '../layouts/pages'
import { buildDashboard, emptyListFiles } from '../panels/dashboard'
import { loadKinds as fetchKinds } from '../panels/registry'
import { DATA_FILES, type DataFileName, type DataFiles, type IndicatorDefinition } from '../data/schema'
import { checkAll, type DataIssue } from '../data/validate'
import { mergedText, readDataFile, readEachDataFile, readYears, type FileText, type SplitRead } from '../data/load'
import { BY_YEAR_FILE, indexYears, isIndexText, parseIndex, yearFile, yearsToShow, type IndexFile } from '../data/split'
import { useViewStore } from './useViewStore'

export type LoadStatus = 'loading' | 'ready' | 'error'

const FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[]

function emptyIssues(): Record<DataFileName, DataIssue[]> {
  return Object.fromEntries(FILE_NAMES.map((name) => [name, []])) as unknown as Record<DataFileName, DataIssue[]>
}

/** The indicator list while indicators.json has none to give (one list, so the built dashboard is cached). */
const NO_INDICATORS: readonly IndicatorDefinition[] = []

export const useDatasetStore = defineStore('dataset', () => {
  /** loading until the first read completes; then ready (all files good) or error (any problem). */
  const status = ref<LoadStatus>('loading')
  /** The last good value of each part of the dataset; a part is absent until its file first validates. */
  const values = shallowRef<Partial<DataFiles>>({})
  /** Problems of each file in the latest read. */
  const issues = ref<Record<DataFileName, DataIssue[]>>(emptyIssues())
  /** When each file last read good (ms since epoch). */
  const lastGoodAt = ref<Partial<Record<DataFileName, number>>>({})
  /** The raw text of each file's last good read, so an unchanged file re-renders nothing. */
  const lastTexts: Partial<Record<DataFileName, string>> = {}
  let inFlight: Promise<void> | undefined
  /** Counts the panel kinds whose code came in (src/panels/registry.ts): the dashboard follows it. */
  const kindsLoaded = ref(0)

  /**
   * The dashboard the data defines (or lays out automatically), shown once indicators.json has been read,
   * and a panel of a kind the registry lacks, as a problem of dashboard.json.
   */
  const dashboard = computed(() => {
    // Built again when the code of a kind its panels wait for comes in (loadKinds).
    void kindsLoaded.value
    const { indicators, dashboard: definition, editions } = values.value
    // A list the data has nothing in (read good, not a broken file): the panels that need it are absent.
    const without = new Set([...emptyListFiles(values.value)].filter((name) => issues.value[name as DataFileName].length === 0))
    if (indicators) return buildDashboard(definition, indicators, editions, without)
    // indicators.json unreadable: the defined pages still show, each panel saying what it lacks.
    return definition ? buildDashboard(definition, NO_INDICATORS, editions, without) : undefined
  })
  watch(dashboard, (next) => next && installDashboard(next), { immediate: true })

  /**
   * The code of the panel kinds named (every kind without `names`: screen mode, the exports, the deck and
   * print draw every page), then the dashboard built with it and installed. Rejects when a fetch fails.
   * The calls of one tick (each panel of a page drawn asks for its kind) are one load: the page's
   * panels are drawn together.
   */
  let batch: { names: Set<string> | undefined; done: Promise<void> } | undefined
  function loadKinds(names?: Iterable<string>): Promise<void> {
    if (!batch) {
      const next: { names: Set<string> | undefined; done: Promise<void> } = { names: new Set(), done: Promise.resolve() }
      next.done = Promise.resolve().then(async () => {
        batch = undefined
        await fetchKinds(next.names)
        if (!dashboard.value?.pending.length) return
        kindsLoaded.value++
        // The watch above installs the new dashboard before the next tick ends.
        await nextTick()
      })
      batch = next
    }
    if (names === undefined) batch.names = undefined
    else if (batch.names) for (const name of names) batch.names.add(name)
    return batch.done
  }
  const allIssues = computed(() => [...FILE_NAMES.flatMap((name) => issues.value[name]), ...(dashboard.value?.issues ?? [])])
  /** Files whose shown data is older than a failed later read. */
  const staleFiles = computed(() => FILE_NAMES.filter((name) => issues.value[name].length > 0 && lastGoodAt.value[name] !== undefined))

  /** Applies the files read so far; a file not yet read (absent) keeps what it showed, and is not checked. */
  function apply(texts: Partial<Record<DataFileName, FileText>>): void {
    const checked = checkAll(texts)
    if (FILE_NAMES.some((name) => texts[name] === undefined)) return applyArrived(texts, checked)
    const next: Partial<DataFiles> = { ...values.value }
    let changed = false
    const now = Date.now()
    const good = { ...lastGoodAt.value }
    for (const name of FILE_NAMES) {
      const key = name.replace('.json', '') as keyof DataFiles
      const text = texts[name]
      if (checked.issues[name].length) {
        // Last good data is never replaced. Until a file has read good once, show the items of its latest
        // read that are good on their own, so one bad figure breaks only the panels that show it.
        const read = typeof text === 'string' ? text : undefined
        if (good[name] === undefined && (read === undefined || lastTexts[name] !== read)) {
          lastTexts[name] = read
          const items = checked.partial[key as keyof typeof checked.partial]
          if (next[key] !== items) {
            ;(next as Record<string, unknown>)[key] = items
            changed = true
          }
        }
        continue
      }
      good[name] = now
      // An optional file that is absent reads as '' here, so each refresh does not replace its empty list.
      const read = typeof text === 'string' ? text : ''
      // dashboard.json absent stays undefined: no definition, nothing to replace.
      if (lastTexts[name] === read && (next[key] !== undefined || name === 'dashboard.json')) continue
      lastTexts[name] = read
      ;(next as Record<string, unknown>)[key] = checked.values[key]
      changed = true
    }
    if (changed) values.value = next
    issues.value = checked.issues
    lastGoodAt.value = good
    status.value = FILE_NAMES.every((name) => checked.issues[name].length === 0) ? 'ready' : 'error'
  }

  /**
   * Some files still on their way: the others are shown, where no good copy is shown yet (a file once
   * good keeps it until the whole read is checked). Nothing is marked good, so the whole read, checked
   * across files, decides in the end; the status stays loading until then.
   */
  function applyArrived(texts: Partial<Record<DataFileName, FileText>>, checked: ReturnType<typeof checkAll>): void {
    const next: Partial<DataFiles> = { ...values.value }
    let changed = false
    for (const name of FILE_NAMES) {
      if (texts[name] === undefined || lastGoodAt.value[name] !== undefined) continue
      const key = name.replace('.json', '') as keyof typeof checked.partial
      const shown = checked.values[key] ?? checked.partial[key]
      if (shown !== undefined && next[key] !== shown) {
        ;(next as Record<string, unknown>)[key] = shown
        changed = true
      }
    }
    if (changed) values.value = next
    issues.value = Object.fromEntries(FILE_NAMES.map((name) => [name, texts[name] === undefined ? issues.value[name] : checked.issues[name]])) as typeof checked.issues
  }

  /** The published state, kept while a workbook's data is previewed (src/stores/usePreviewStore.ts). */
  let published: { values: Partial<DataFiles>; issues: Record<DataFileName, DataIssue[]>; lastGoodAt: Partial<Record<DataFileName, number>>; status: LoadStatus; texts: typeof lastTexts } | undefined

  /** Data not yet published, shown instead (数据维护's preview of a workbook): its name and data files. */
  const preview = shallowRef<{ name: string; texts: Record<DataFileName, string> }>()

  /** Shows files not yet published, through the same checks; the published data comes back with endPreview. */
  function beginPreview(name: string, texts: Record<DataFileName, string>): void {
    published ??= { values: values.value, issues: issues.value, lastGoodAt: lastGoodAt.value, status: status.value, texts: { ...lastTexts } }
    apply(texts)
    preview.value = { name, texts }
  }

  function endPreview(): void {
    if (!published) return
    ;({ values: values.value, issues: issues.value, lastGoodAt: lastGoodAt.value, status: status.value } = published)
    for (const name of FILE_NAMES) lastTexts[name] = published.texts[name]
    published = undefined
    preview.value = undefined
  }

  /**
   * The split form as last read (src/data/split.ts): the index and the year files held, by year; and the
   * logical texts last read, so a refresh re-reads only what the index says changed. Undefined for the
   * single-file form and the portable page (each read takes every file).
   */
  let split: SplitRead | undefined
  let lastRead: Record<DataFileName, FileText> | undefined
  let lastBase = ''
  /** Reads of more years and refreshes, one after another: each builds on what the last one held. */
  let queue: Promise<void> = Promise.resolve()
  const enqueue = (work: () => Promise<void>): Promise<void> => (queue = queue.then(work, work))

  // The URL's view, where the store runs in the app (a store used on its own shows the newest edition).
  const view = hasInjectionContext() ? useViewStore() : undefined
  /** The edition the URL pins, if any: its years are read first. */
  const pinned = () => view?.view.edition

  /**
   * Read and validate every data file, each applied as it arrives, so a slow file holds back only the
   * panels reading it; checks across files run once both are there. Concurrent calls share one read. A
   * read during a preview is not shown. In the split form the first read takes the years the shown
   * edition needs; later calls are refreshes: the index first, then only the files it says changed.
   */
  function load(base: string = document.baseURI): Promise<void> {
    if (inFlight) return inFlight
    if (split && base === lastBase) return (inFlight = enqueue(() => refresh(base)).finally(() => (inFlight = undefined)))
    lastBase = base
    const reads = readEachDataFile(base, undefined, (index, editionsText) => yearsToShow(index, editionsText, pinned()))
    const texts: Partial<Record<DataFileName, FileText>> = {}
    let queued: ReturnType<typeof setTimeout> | undefined
    // Files answering together are applied together: one check and one redraw, not one per file.
    const flush = () => {
      clearTimeout(queued)
      queued = undefined
      if (!published) apply({ ...texts })
    }
    inFlight = Promise.all(
      FILE_NAMES.map((name) =>
        reads[name].then((text) => {
          texts[name] = text
          queued ??= setTimeout(flush, 30)
        }),
      ),
    )
      .then(async () => {
        split = await reads.split
        lastRead = texts as Record<DataFileName, FileText>
      })
      .then(flush)
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }

  /** Applies the logical texts of the split form as now held (values: the years held, merged). */
  function applyHeld(texts: Record<DataFileName, FileText>, failed?: ReadonlyMap<number, FileText>): void {
    if (!split) return
    const next = { ...texts, [BY_YEAR_FILE]: mergedText(split.years, failed) }
    lastRead = next
    if (!published) apply(next)
  }

  /**
   * A refresh of the split form: the index with its validators (unchanged: a 304, and nothing else is
   * read); when it changed, the files whose hash changed, the years held among them, and the years the
   * shown edition now needs (a new edition in a new year).
   */
  async function refresh(base: string): Promise<void> {
    const held = split
    const before = lastRead
    if (!held || !before) return
    const indexText = await readDataFile(BY_YEAR_FILE, base)
    if (typeof indexText !== 'string') {
      if (!published) apply({ ...before, [BY_YEAR_FILE]: indexText })
      return
    }
    if (indexText === held.indexText) return
    if (!isIndexText(indexText)) {
      // The folder went back to the single-file form: read whole, as at start.
      split = undefined
      inFlight = undefined
      return load(base)
    }
    const parsed = parseIndex(indexText)
    if (!parsed.ok) {
      if (!published) apply({ ...before, [BY_YEAR_FILE]: { error: parsed.error } })
      return
    }
    const hashes = (index: IndexFile) => new Map(index.files.map((entry) => [entry.name, entry.hash]))
    const was = hashes(held.index)
    const now = hashes(parsed.index)
    const changed = (name: string) => now.get(name) !== was.get(name)
    const texts = { ...before }
    await Promise.all(
      FILE_NAMES.filter((name) => !DATA_FILES[name].byYear && changed(name)).map(async (name) => {
        // An optional file the index no longer lists is absent, as at start.
        texts[name] = now.has(name) || DATA_FILES[name].required ? await readDataFile(name, base) : ''
      }),
    )
    const listed = new Set(indexYears(parsed.index))
    const years = new Map([...held.years].filter(([year]) => listed.has(year)))
    const wanted = yearsToShow(parsed.index, texts['editions.json'], pinned())
    const toRead = [...listed].filter((year) => (years.has(year) && changed(yearFile(year))) || (!years.has(year) && wanted.includes(year)))
    const read = await readYears(base, toRead)
    for (const [year, text] of read) if (typeof text === 'string') years.set(year, text)
    split = { indexText, index: parsed.index, years }
    applyHeld(texts, read)
  }

  /** Reads the years `years` of the split form not yet held, and shows them with the rest. */
  function holdYears(choose: (index: IndexFile, editionsText: FileText) => number[]): Promise<void> {
    return enqueue(async () => {
      const held = split
      const texts = lastRead
      if (!held || !texts) return
      const missing = choose(held.index, texts['editions.json']).filter((year) => !held.years.has(year))
      if (!missing.length) return
      const read = await readYears(lastBase, missing)
      for (const [year, text] of read) if (typeof text === 'string') held.years.set(year, text)
      applyHeld(texts, read)
    })
  }

  /** The years edition `id` needs (chosen in 报告期), read once and kept. */
  function showEdition(id: string | undefined): Promise<void> {
    return holdYears((index, editionsText) => yearsToShow(index, editionsText, id))
  }

  /** Every year (数据维护: its table, the workbook export); read once and kept. */
  function holdAllYears(): Promise<void> {
    return holdYears((index) => indexYears(index))
  }

  // A chosen edition of another year: its years are read (once; they stay for the next choice).
  watch(pinned, (id) => void showEdition(id))
  // A dashboard with a trend reads every year once the first view is there (a trend spans past them).
  watch(
    () => status.value !== 'loading' && dashboard.value?.trends === true,
    (wanted) => {
      if (wanted) void holdAllYears()
    },
    { immediate: true },
  )

  return { status, values, issues, allIssues, dashboard, staleFiles, lastGoodAt, load, apply, preview, beginPreview, endPreview, showEdition, holdAllYears, loadKinds }
})
