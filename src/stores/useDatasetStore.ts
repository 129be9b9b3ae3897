/**
 * The dataset: load state, the last good value of each data file, and each file's current problems.
 * A failed or invalid read never throws away data already on screen: it is kept and marked stale.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { installDashboard } from '../layouts/pages'
import { buildDashboard } from '../panels/dashboard'
import { DATA_FILES, type DataFileName, type DataFiles, type IndicatorDefinition } from '../data/schema'
import { checkAll, type DataIssue } from '../data/validate'
import { readEachDataFile, type FileText } from '../data/load'

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

  /**
   * The dashboard the data defines (or lays out automatically), shown once indicators.json has been read,
   * and a panel of a kind the registry lacks, as a problem of dashboard.json.
   */
  const dashboard = computed(() => {
    const { indicators, dashboard: definition } = values.value
    if (indicators) return buildDashboard(definition, indicators)
    // indicators.json unreadable: the defined pages still show, each panel saying what it lacks.
    return definition ? buildDashboard(definition, NO_INDICATORS) : undefined
  })
  watch(dashboard, (next) => next && installDashboard(next), { immediate: true })
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
   * Read and validate every data file, each applied as it arrives, so a slow file holds back only the
   * panels reading it; checks across files run once both are there. Concurrent calls share one read. A
   * read during a preview is not shown.
   */
  function load(base: string = document.baseURI): Promise<void> {
    if (inFlight) return inFlight
    const reads = readEachDataFile(base)
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
      .then(flush)
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }

  return { status, values, issues, allIssues, dashboard, staleFiles, lastGoodAt, load, apply, preview, beginPreview, endPreview }
})
