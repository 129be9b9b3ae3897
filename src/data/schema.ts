/**
 * The one schema of `data/`. Every data file is validated against it, at run time in the browser and by
 * `npm run check:data`; the TypeScript types of the files are inferred from it and nowhere else.
 *
 * Time is data: a report edition (报告期) has an id and an as-of date; every indicator value and every
 * project row belongs to one edition and carries its own period, written as statistics write it
 * (src/data/period.ts). Values are stored in the base unit of their unit's family (元, 亩, 人, 千瓦时,
 * percent); each indicator names the unit the report writes it in (亿元, 家, 万亩, 公里), which fixes the
 * family (src/data/units.ts: built-in units, and those data/units.json declares).
 *
 * Only what a report has is required: DATA_FILES (at the end) lists every file of a data folder and
 * whether it must be there. New fields of this model are optional and left out of the JSON when unused,
 * so data written before them reads, and writes back, byte for byte the same.
 */
import * as v from 'valibot'
import { AS_OF_PATTERN, PERIOD_FORMS, isPeriodText } from './period'
import { MONEY_UNITS } from './units'
import { DashboardFileSchema, type DashboardFile } from './dashboardSchema'

/** Upper bound of any level figure: a town's figures stay far below 10 trillion yuan. */
export const MAX_LEVEL = 1e13
/** Growth rates may exceed 100 % (fixed-asset investment grew 104.2 %), but not absurdly. */
export const MAX_GROWTH = 10000

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, '小写字母开头，只含小写字母、数字和下划线'))
/** Edition ids are what `?edition=` carries (`?period=` is its old alias): 2022-05, 2021, 2022-q2. */
const editionId = v.pipe(v.string(), v.regex(/^[0-9a-z][0-9a-z_-]*$/, '报告期编号，只含小写字母、数字、- 和 _，如 2022-05'))
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('不能为空'))
/** Any period form; the year of a month or day written without one is checked against its edition later. */
const period = v.pipe(
  v.string(),
  v.check((value) => isPeriodText(value), `期间，写法如 ${PERIOD_FORMS}`),
)
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, '颜色格式如 #3b82f6'))
const money = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_LEVEL))

/**
 * Marks of a figure that is not final: 预计 (an estimate: 预计1-6月份), 初步 (初步核算, preliminary), 快报
 * (a flash report). Stored as the report's own word and shown beside the figure on every output.
 */
export const ESTIMATE_MARKS = ['预计', '初步', '快报'] as const

const MEASURES = ['level', 'growth', 'share'] as const
/** Names of the measures in the workbook and on screen. */
export const MEASURE_NAMES = {
  level: '总量',
  growth: '增速',
  share: '占比',
} as const
export const TOPICS = ['economy', 'village', 'commerce', 'agriculture', 'land', 'enterprise', 'urban', 'livelihood', 'governance', 'party'] as const
export const PROJECT_STATUSES = ['operating', 'under_construction', 'started', 'inviting_tenants', 'fitting_out', 'completed', 'unstated'] as const
/** stated: the report names the business; assigned: the dashboard's reading of a name (正凯新材料 -> 新材料). */
const SECTOR_BASES = ['stated', 'assigned'] as const
export const SECTOR_BASIS_NAMES = {
  stated: '报道原文',
  assigned: '按名称归类',
} as const
/** stated: the report's words; inferred: read from context (保障…落地开工 is support, not a start); unstated. */
const STATUS_BASES = ['stated', 'inferred', 'unstated'] as const
export const STATUS_BASIS_NAMES = {
  stated: '报道原文',
  inferred: '按报道推断',
  unstated: '未说明',
} as const

const MetaSchema = v.strictObject({
  town: text,
  district: text,
  city: text,
  title: text,
})

export const EditionSchema = v.strictObject({
  id: editionId,
  /** How the edition is named in the 报告期 control, e.g. 2022年1-5月. */
  name: text,
  /** The month (or day) its main figures stand at: 2022-05 or 2022-05-31. Fixes the year of 6月23日. */
  asOf: v.pipe(v.string(), v.regex(AS_OF_PATTERN, '截至日期，如 2022-05 或 2022-05-31')),
  /** Title of the report, shown as 《title》 in source lines. */
  title: text,
  /** Who published it, where, subtitle and credits. */
  source: text,
  /** The whole edition is 预计, 初步 or 快报 (a value's own mark wins); absent: final figures. */
  estimate: v.optional(v.picklist(ESTIMATE_MARKS)),
})
const EditionsFileSchema = v.strictObject({
  editions: v.pipe(v.array(EditionSchema), v.minLength(1, '至少一项')),
})

export const SectorSchema = v.strictObject({
  id,
  name: text,
  colour,
  /** Parent sector id: choosing a parent includes its sub-sectors. */
  parent: v.nullable(id),
})
const SectorsFileSchema = v.strictObject({
  sectors: v.array(SectorSchema),
})

/**
 * A unit the built-in table (src/data/units.ts) lacks, as the clerk declares it: 万标准箱 is 10000 标准箱.
 * Checked in src/data/crossCheck.ts (a factor must be a power of ten; a built-in name cannot change).
 */
export const UnitDeclarationSchema = v.strictObject({
  /** The unit as the report writes it: 万标准箱. */
  name: text,
  /** The unit it is a power of ten of: 标准箱 (a new family) or a built-in such as 吨; absent: its own family. */
  base: v.optional(text),
  /** How many `base` one of it is: 10000; absent: 1. */
  factor: v.optional(v.pipe(v.number(), v.finite(), v.minValue(1))),
})
const UnitsFileSchema = v.strictObject({
  units: v.array(UnitDeclarationSchema),
})

/** A sector and how it was attributed: both null, or both set. */
const sectorFields = {
  /** The dashboard's own classification; null where the name says nothing of the business (未注明). */
  sector: v.nullable(id),
  sectorBasis: v.nullable(v.picklist(SECTOR_BASES)),
}
function sectorPairCheck<T extends { sector: string | null; sectorBasis: string | null }>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const { sector, sectorBasis } = dataset.value
    if ((sector === null) !== (sectorBasis === null))
      addIssue({
        message: sector === null ? 'null（未注明产业时不填产业来源）' : 'stated（报道原文）或 assigned（按名称归类）',
        input: sectorBasis,
        path: [
          {
            type: 'object',
            origin: 'value',
            input: dataset.value,
            key: 'sectorBasis',
            value: sectorBasis,
          },
        ],
      })
  })
}

const IndicatorObject = v.strictObject({
  id,
  name: text,
  /**
   * The unit the report writes it in: 亿元, 家, 万亩, 公里, %, or one data/units.json declares (checked
   * against the unit table in crossCheck.ts). Values are stored in the base unit of its family.
   */
  unit: text,
  /** level: an amount or count; growth: 同比 %; share: part of a whole, %. */
  measure: v.picklist(MEASURES),
  /** For growth and share: the id of the figure it qualifies, when the data has that figure. */
  of: v.nullable(id),
  ...sectorFields,
  topic: v.picklist(TOPICS),
  /**
   * The id of the whole this indicator is a part of (其中): 国税收入 of 财税总收入, 第一产业增加值 of 地区生产
   * 总值. Same measure and unit family as the whole; absent: not a part.
   */
  partOf: v.optional(id),
})
export const IndicatorSchema = v.pipe(
  IndicatorObject,
  sectorPairCheck<v.InferOutput<typeof IndicatorObject>>(),
  v.rawCheck<v.InferOutput<typeof IndicatorObject>>(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.measure === 'level' || dataset.value.unit === '%') return
    const { unit } = dataset.value
    addIssue({
      message: '%（增速和占比以百分数计）',
      input: unit,
      path: [
        {
          type: 'object',
          origin: 'value',
          input: dataset.value,
          key: 'unit',
          value: unit,
        },
      ],
    })
  }),
)
const IndicatorsFileSchema = v.strictObject({
  indicators: v.pipe(v.array(IndicatorSchema), v.minLength(1, '至少一项')),
})

/** One figure of one indicator in one edition. Its range (by measure) is checked against the indicator. */
export const ValueSchema = v.strictObject({
  indicator: id,
  edition: editionId,
  period,
  /** In the base unit of the indicator's unit: 11.39亿元 is 1139000000. */
  value: v.pipe(v.number(), v.finite()),
  /** The report says "余" (more than): the value is a lower bound. */
  lowerBound: v.boolean(),
  /**
   * The yearly target amount the report states (全年任务900万元), in the same base unit as value; for a
   * growth, the target rate. Null where the report states none (never an amount made from a rate).
   */
  target: v.nullable(v.pipe(v.number(), v.finite())),
  /** The exact phrase of the report the figure comes from. */
  source: text,
  /**
   * The completion rate the report states, in percent, as stated (占年计划的48.6% -> 48.6; 为全年任务的107%
   * -> 107). Absent where the report states none; a rate the app computes from `target` is not stored
   * here, it is derived and marked 推算 (src/data/completion.ts).
   */
  completion: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_GROWTH))),
  /** 预计, 初步 or 快报 as the report marks this figure; absent: the edition's mark, if any, applies. */
  estimate: v.optional(v.picklist(ESTIMATE_MARKS)),
  /** The report's rank or comparison, as written: 增速列全区第二, 高于全市平均0.8个百分点. */
  rank: v.optional(text),
})
const ValuesFileSchema = v.strictObject({
  values: v.pipe(v.array(ValueSchema), v.minLength(1, '至少一项')),
})

const ProjectObject = v.strictObject({
  id,
  name: text,
  ...sectorFields,
  /** Total investment in yuan; null where the report gives none (never 0). */
  totalInvestment: v.nullable(money),
  /** Investment completed so far, in yuan; null where not given. */
  completedInvestment: v.nullable(money),
  /** The unit the report writes the investments in; null when it gives none. */
  investmentUnit: v.nullable(v.picklist(MONEY_UNITS)),
  status: v.picklist(PROJECT_STATUSES),
  /** The report's words the status rests on, e.g. 主体建设基本完成，即将进行内部装修. */
  statusText: text,
  statusBasis: v.picklist(STATUS_BASES),
  /** Expected opening as the report writes it (8月), where it gives one. */
  expectedOpening: v.nullable(period),
  edition: editionId,
  period,
  source: text,
})
export const ProjectSchema = v.pipe(
  ProjectObject,
  sectorPairCheck<v.InferOutput<typeof ProjectObject>>(),
  v.rawCheck<v.InferOutput<typeof ProjectObject>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const { status, statusBasis } = dataset.value
    if ((status === 'unstated') === (statusBasis === 'unstated')) return
    addIssue({
      message: status === 'unstated' ? 'unstated（状态未说明时来源也是未说明）' : 'stated 或 inferred（有状态时须说明来源）',
      input: statusBasis,
      path: [
        {
          type: 'object',
          origin: 'value',
          input: dataset.value,
          key: 'statusBasis',
          value: statusBasis,
        },
      ],
    })
  }),
)
const ProjectsFileSchema = v.strictObject({
  projects: v.array(ProjectSchema),
})

/** An honour or designation the report states (中国淘宝镇), with its period and phrase. */
export const HonourSchema = v.strictObject({
  id,
  /** The honour: 中国淘宝镇. */
  name: text,
  /** Who received it: the town, a village, a company, as the report names it. */
  holder: text,
  edition: editionId,
  period,
  source: text,
})
const HonoursFileSchema = v.strictObject({
  honours: v.array(HonourSchema),
})

export type Meta = v.InferOutput<typeof MetaSchema>
export type Edition = v.InferOutput<typeof EditionSchema>
export type Sector = v.InferOutput<typeof SectorSchema>
export type IndicatorDefinition = v.InferOutput<typeof IndicatorSchema>
export type IndicatorValue = v.InferOutput<typeof ValueSchema>
export type ProjectRow = v.InferOutput<typeof ProjectSchema>
export type HonourRow = v.InferOutput<typeof HonourSchema>
export type DeclaredUnit = v.InferOutput<typeof UnitDeclarationSchema>
export type Topic = (typeof TOPICS)[number]
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/**
 * THE list of the files of a data folder, each with its schema, the list key inside it (null for
 * meta.json) and whether a folder must have it. Order is load order. Everything that reads or writes a
 * data folder reads this list and nothing else: the checker (check:data), the browser's read, the
 * workbook import and export, the portable file, the atomic write. An optional file that is absent reads
 * as an empty list; only what a report has is required (editions and indicators with their values).
 *
 * `byYear`: in a folder of the split form (src/data/split.ts) the file is stored as one file per year
 * of its editions, `values/<year>.json`, and values.json becomes the index: it lists every file with a hash of
 * its content; the browser reads the years it shows, and a refresh reads only what the index says
 * changed. The names here stay the logical files every check and message speaks of.
 */
export const DATA_FILES = {
  'meta.json': { schema: MetaSchema, list: null, required: true, byYear: false },
  'editions.json': { schema: EditionsFileSchema, list: 'editions', required: true, byYear: false },
  'units.json': { schema: UnitsFileSchema, list: 'units', required: false, byYear: false },
  'sectors.json': { schema: SectorsFileSchema, list: 'sectors', required: false, byYear: false },
  'indicators.json': { schema: IndicatorsFileSchema, list: 'indicators', required: true, byYear: false },
  // Stored by year: values/<year>.json, listed in values.json, then the index (the split form, src/data/split.ts).
  'values.json': { schema: ValuesFileSchema, list: 'values', required: true, byYear: true },
  'projects.json': { schema: ProjectsFileSchema, list: 'projects', required: false, byYear: false },
  'honours.json': { schema: HonoursFileSchema, list: 'honours', required: false, byYear: false },
  // Not a list: absent, the dashboard is laid out automatically (src/panels/dashboard.ts).
  'dashboard.json': { schema: DashboardFileSchema, list: null, required: false, byYear: false },
} as const
export type DataFileName = keyof typeof DATA_FILES
/** Every file name of a data folder, in load order. */
export const DATA_FILE_NAMES = Object.keys(DATA_FILES) as DataFileName[]
/** True for a file a data folder may leave out (read as an empty list). */
export function isOptionalFile(name: DataFileName): boolean {
  return !DATA_FILES[name].required
}

/** The data files as read: every edition at once. An optional file that is absent is an empty list. */
export interface DataFiles {
  meta: Meta
  editions: Edition[]
  /** Units declared by the data (data/units.json); the built-in ones are in src/data/units.ts. */
  units: DeclaredUnit[]
  sectors: Sector[]
  indicators: IndicatorDefinition[]
  values: IndicatorValue[]
  projects: ProjectRow[]
  honours: HonourRow[]
  /** Absent: no definition in the folder (an automatic dashboard). */
  dashboard?: DashboardFile
}

// The shapes panels read, built from the types above for one edition (src/data/resolve.ts).
export type { Dataset, Indicator, Project, Honour } from './resolve'
