/**
 * The one schema of `data/`. Every data file is validated against it, at run time in the browser and by
 * `npm run check:data`; the TypeScript types of the dataset are inferred from it and nowhere else.
 *
 * Values are stored in base units (yuan, mu, person, count, percent); the display unit the report used is
 * kept beside them so the source phrase and the value can be compared by eye.
 */
import * as v from 'valibot'

/** Upper bound of any level figure: a town's figures stay far below 10 trillion yuan. */
export const MAX_LEVEL = 1e13
/** Growth rates may exceed 100 % (fixed-asset investment grew 104.2 %), but not absurdly. */
export const MAX_GROWTH = 10000

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, '小写字母开头，只含小写字母、数字和下划线'))
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('不能为空'))
/** `2022-01/2022-05` (cumulative over months), `2022-06-23` (a day) or `2022-06` (as of a month). */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(\/\d{4}-(0[1-9]|1[0-2])|-(0[1-9]|[12]\d|3[01]))?$/
const period = v.pipe(v.string(), v.regex(PERIOD_PATTERN, '期间格式如 2022-01/2022-05、2022-06 或 2022-06-23'))
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, '颜色格式如 #3b82f6'))
const money = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_LEVEL))

export const UNITS = ['yuan', 'percent', 'count', 'mu', 'person', 'household', 'year'] as const
export const MEASURES = ['level', 'growth', 'share'] as const
export const TOPICS = [
  'economy',
  'village',
  'commerce',
  'agriculture',
  'land',
  'enterprise',
  'urban',
  'livelihood',
  'governance',
  'party',
] as const
export const PROJECT_STATUSES = [
  'operating',
  'under_construction',
  'started',
  'inviting_tenants',
  'fitting_out',
  'completed',
  'unstated',
] as const

export const MetaSchema = v.strictObject({
  town: text,
  district: text,
  city: text,
  title: text,
  /** Period of the headline indicators, e.g. 2022-01/2022-05. */
  reportPeriod: period,
  /** Month the headline indicators stand at, e.g. 2022-05. */
  asOf: period,
  source: v.strictObject({
    title: text,
    subtitle: text,
    credit: text,
  }),
})

export const SectorSchema = v.strictObject({
  id,
  name: text,
  colour,
  /** Parent sector id: choosing a parent includes its sub-sectors. */
  parent: v.nullable(id),
})
export const SectorsFileSchema = v.strictObject({ sectors: v.pipe(v.array(SectorSchema), v.minLength(1, '至少一项')) })

export const IndicatorSchema = v.pipe(
  v.strictObject({
    id,
    name: text,
    value: v.pipe(v.number(), v.finite()),
    /** Base unit of `value`. */
    unit: v.picklist(UNITS),
    /** The unit the report wrote, e.g. 亿元, 家, 亩. */
    displayUnit: text,
    /** level: an amount or count; growth: 同比 %; share: part of a whole, %. */
    measure: v.picklist(MEASURES),
    /** For growth and share: the id of the figure it qualifies, when the report gives that figure. */
    of: v.nullable(id),
    period,
    sector: v.nullable(id),
    topic: v.picklist(TOPICS),
    /** The report says "余" (more than): the value is a lower bound. */
    lowerBound: v.boolean(),
    /** The exact phrase of the report the figure comes from. */
    source: text,
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const { value, measure, unit } = dataset.value
    // A non-finite value is already reported by finite(); the range is meaningless for it.
    if (!Number.isFinite(value)) return
    const add = (message: string, key: 'value' | 'unit' = 'value') =>
      addIssue({ message, input: dataset.value[key], path: [{ type: 'object', origin: 'value', input: dataset.value, key, value: dataset.value[key] }] })
    if (measure === 'share' && (value < 0 || value > 100)) add('0 到 100 之间的占比')
    else if (measure === 'growth' && (value < -100 || value > MAX_GROWTH)) add(`-100 到 ${MAX_GROWTH} 之间的增幅`)
    else if (measure === 'level' && (value < 0 || value > MAX_LEVEL)) add(`0 到 ${MAX_LEVEL} 之间的数值`)
    if (measure !== 'level' && unit !== 'percent') add('percent（增幅和占比以百分数计）', 'unit')
  }),
)
export const IndicatorsFileSchema = v.strictObject({
  indicators: v.pipe(v.array(IndicatorSchema), v.minLength(1, '至少一项')),
})

export const ProjectSchema = v.strictObject({
  id,
  name: text,
  /** null where the report does not say what the project does: shown as 未注明, never guessed. */
  sector: v.nullable(id),
  /** Total investment in yuan; null where the report gives none (never 0). */
  totalInvestment: v.nullable(money),
  /** Investment completed so far, in yuan; null where not given. */
  completedInvestment: v.nullable(money),
  status: v.picklist(PROJECT_STATUSES),
  /** The report's words for the status, e.g. 主体建设基本完成，即将进行内部装修. */
  statusText: text,
  /** Expected opening month, e.g. 2022-08, where the report gives one. */
  expectedOpening: v.nullable(period),
  period,
  source: text,
})
export const ProjectsFileSchema = v.strictObject({
  projects: v.pipe(v.array(ProjectSchema), v.minLength(1, '至少一项')),
})

export type Meta = v.InferOutput<typeof MetaSchema>
export type Sector = v.InferOutput<typeof SectorSchema>
export type Indicator = v.InferOutput<typeof IndicatorSchema>
export type Project = v.InferOutput<typeof ProjectSchema>
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** The files of `data/`, each with its schema. Order is load order. */
export const DATA_FILES = {
  'meta.json': MetaSchema,
  'sectors.json': SectorsFileSchema,
  'indicators.json': IndicatorsFileSchema,
  'projects.json': ProjectsFileSchema,
} as const
export type DataFileName = keyof typeof DATA_FILES

export interface Dataset {
  meta: Meta
  sectors: Sector[]
  indicators: Indicator[]
  projects: Project[]
}
