/**
 * The workbook as a clerk sees it: its sheets, their column headers (a user interface: the names are
 * kept), which columns are numbers, and the drop-down lists. One place for the writer, the reader and
 * the 说明 sheet. Pure.
 */
import { DATA_FILES, ESTIMATE_MARKS, MEASURE_NAMES, SECTOR_BASIS_NAMES, STATUS_BASIS_NAMES, TOPICS, type DataFileName } from '../data/schema'
import { STATUS_NAMES } from '../data/statusNames'
import { TOPIC_NAMES } from '../data/topicNames'
import { MONEY_UNITS } from '../data/units'

export const SHEET = {
  guide: '说明',
  editions: '报告',
  indicators: '指标',
  values: '指标值',
  projects: '项目',
  sectors: '产业',
  units: '单位',
  honours: '荣誉',
  pages: '页面',
  panels: '面板',
  meta: '基本信息',
} as const
export type SheetKey = keyof typeof SHEET

/** The data file each sheet becomes. A sheet of an optional file may be left out of a workbook. */
const FILE_OF_SHEET = {
  editions: 'editions.json',
  indicators: 'indicators.json',
  values: 'values.json',
  projects: 'projects.json',
  sectors: 'sectors.json',
  units: 'units.json',
  honours: 'honours.json',
  pages: 'dashboard.json',
  panels: 'dashboard.json',
  meta: 'meta.json',
} as const satisfies Record<Exclude<SheetKey, 'guide'>, DataFileName>

/** A sheet a workbook may leave out: its data file is optional (DATA_FILES in src/data/schema.ts). */
export function isOptionalSheet(key: Exclude<SheetKey, 'guide'>): boolean {
  return !DATA_FILES[FILE_OF_SHEET[key]].required
}

/**
 * Where a column's drop-down takes its choices: a fixed list, the 名称 column of the 产业 sheet, or the
 * 单位 column of the 单位 sheet (built-in and declared units).
 */
type ChoiceList = readonly string[] | 'sectors' | 'units'

export interface ColumnSpec {
  header: string
  /** Numbers are stored as numbers; the rest as text (so Excel does not turn 2022-05 into a date). */
  kind: 'text' | 'number'
  required?: boolean
  list?: ChoiceList
  /** Shown as the header cell's note and in the 说明 sheet. */
  note: string
}

// One list for the workbook and the automatic pages (src/data/topicNames.ts), kept apart from the sheets.
export { TOPIC_NAMES }

/** Project status names, the words the panels show. */
export { STATUS_NAMES }

export const LOWER_BOUND_MARK = '余'
/** The 说明 cell of a built-in unit's row in the 单位 sheet; such rows are not declarations. */
export const BUILT_IN_MARK = '内置'
/** Header of the 预计/初步/快报 columns (报告 and 指标值). */
export const ESTIMATE_HEADER = '预计/初步/快报'
/** 预计/初步/快报 as the drop-down offers them. */
export const ESTIMATE_NAMES = Object.fromEntries(ESTIMATE_MARKS.map((mark) => [mark, mark])) as Record<(typeof ESTIMATE_MARKS)[number], string>
/** What an unknown unit's cell should hold, and how to declare it (指标 and 指标值 sheets). */
export const UNKNOWN_UNIT_EXPECTED = '内置或已声明的单位（表中没有的单位请先在“单位”表中加一行：单位、基准单位、倍数，如 万标准箱、标准箱、10000）'

const text = (header: string, note: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ header, kind: 'text', note, ...extra })
const number = (header: string, note: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ header, kind: 'number', note, ...extra })
const EDITION_NOTE = '报告期编号（如 2022-05）；“报告”表中没有的报告期会自动建立'

export const COLUMNS = {
  editions: [
    text('报告期编号', '如 2022-05（月报）、2021（年报）；只用小写字母、数字、- 和 _', { required: true }),
    text('报告期名称', '报告期选择中显示的名称，如 2022年1-5月', { required: true }),
    text('截至日期', '主要指标所到的月份或日期：2022-05 或 2022-05-31', { required: true }),
    text('标题', '报道或报表的标题', { required: true }),
    text('来源', '发布单位、出处、作者', { required: true }),
    text(ESTIMATE_HEADER, '整期数据为预计（预计1-6月份）、初步核算或快报时选择；正式数据留空', { list: ESTIMATE_MARKS }),
  ],
  indicators: [
    text('指标编号', '小写字母开头，只含小写字母、数字和下划线，如 retail_sales', { required: true }),
    text('指标名称', '如 地区生产总值', { required: true }),
    text('单位', '报道所用的单位（万亩、公里、万千瓦时…）；增速和占比为 %；表中没有的单位先在“单位”表中声明', { required: true, list: 'units' }),
    text('产业', '“产业”表中的名称；全镇指标留空', { list: 'sectors' }),
    text('产业来源', '报道原文 或 按名称归类；产业留空时也留空', { list: Object.values(SECTOR_BASIS_NAMES) }),
    text('类别', '指标所属的方面', { required: true, list: TOPICS.map((topic) => TOPIC_NAMES[topic]) }),
    text('指标类型', '总量、增速（同比 %）或占比（%）', { required: true, list: Object.values(MEASURE_NAMES) }),
    text('所属指标', '增速或占比所属的总量指标的编号（如 retail_sales）；没有则留空'),
    text('所属整体', '本指标是哪个指标的“其中”一项：填整体指标的编号（国税收入 填 财税总收入 的编号）；不是则留空'),
  ],
  values: [
    text('指标编号', '“指标”表中的编号', { required: true }),
    text('指标名称', '仅供阅读，导入时以指标编号为准'),
    text('报告期', EDITION_NOTE, { required: true }),
    text('期间', '2022年1-5月、2022年5月、2022年5月末、6月23日、2022年 或 截至报道时', { required: true }),
    number('数值', '按本行单位填写：11.39（亿元）、1013（万元）；只有增速或占比的指标填在本列，单位为 %；下降填负数（下降3.1% 填 -3.1）', {
      required: true,
    }),
    text('单位', '与指标同类的单位（亿元、万元、元可互换；万亩、亩可互换）', { required: true, list: 'units' }),
    number('同比增长(%)', '总量指标的同比增长，如 6.8，下降3.1% 填 -3.1（须在“指标”表中有所属于它的增速指标）'),
    text('余(下限)', '报道写“余”（多于）时填 余', { list: [LOWER_BOUND_MARK] }),
    number('年度目标', '报道写明的全年任务数额（全年任务900万元 填 900），单位同本行；报道只写完成百分比时留空'),
    number('完成率(%)', '报道写明的完成比例：占年计划的48.6% 填 48.6，为全年任务的107% 填 107；照写，不要自己计算'),
    text(ESTIMATE_HEADER, '报道写“预计”（预计1-6月份）、“初步”（初步核算）或“快报”时选择；正式数据留空', { list: ESTIMATE_MARKS }),
    text('排名或比较', '报道原话：增速列全区第二、居全市第5、高于全市平均0.8个百分点'),
    text('来源原文', '报道中的原句', { required: true }),
  ],
  projects: [
    text('项目编号', '小写字母开头，只含小写字母、数字和下划线', { required: true }),
    text('项目名称', '', { required: true }),
    text('产业', '“产业”表中的名称；报道未说明时留空', { list: 'sectors' }),
    text('产业来源', '报道原文 或 按名称归类；产业留空时也留空', { list: Object.values(SECTOR_BASIS_NAMES) }),
    number('总投资', '按本行单位；未公布留空（不要填 0）'),
    number('已完成投资', '按本行单位；未公布留空'),
    text('单位', '投资的单位；没有投资数字时留空', { list: MONEY_UNITS }),
    text('状态', '项目进度', { required: true, list: Object.values(STATUS_NAMES) }),
    text('状态来源', '报道原文、按报道推断；状态为 未说明进度 时填 未说明', { required: true, list: Object.values(STATUS_BASIS_NAMES) }),
    text('状态原文', '状态所依据的报道原句', { required: true }),
    text('预计开业', '报道写的预计开业时间，如 8月'),
    text('报告期', EDITION_NOTE, { required: true }),
    text('期间', '同“指标值”表', { required: true }),
    text('来源原文', '报道中的原句', { required: true }),
  ],
  sectors: [
    text('编号', '小写字母开头，如 industry', { required: true }),
    text('名称', '如 工业；其他表的“产业”列填这里的名称', { required: true }),
    text('颜色', '图表颜色，如 #3b82f6', { required: true }),
    text('上级产业', '上级产业的名称（新材料 属于 工业）；没有则留空', { list: 'sectors' }),
  ],
  units: [
    text('单位', '单位名称，如 万标准箱；内置单位已列出，可直接在其他表选用', { required: true }),
    text('基准单位', '它是哪个单位的 10 的整数次幂倍：万标准箱 填 标准箱（新的一类）；千吨 填 吨；自成一类时留空'),
    number('倍数', '一个本单位等于多少基准单位：10000；只能是 1、10、100、1000、10000 …；留空为 1'),
    text('说明', `“${BUILT_IN_MARK}”为看板自带的单位（导入时忽略）；新声明的单位留空`),
  ],
  honours: [
    text('编号', '小写字母开头', { required: true }),
    text('荣誉名称', '如 中国淘宝镇', { required: true }),
    text('获得者', '报道所写的获得者，如 本镇、某村、某企业', { required: true }),
    text('报告期', EDITION_NOTE, { required: true }),
    text('期间', '同“指标值”表', { required: true }),
    text('来源原文', '报道中的原句', { required: true }),
  ],
  pages: [
    text('页面编号', '小写字母开头，如 overview', { required: true }),
    text('页面名称', '导航与轮播中显示的名称，如 总览', { required: true }),
    number('顺序', '1、2、3……，小的在前', { required: true }),
  ],
  panels: [
    text('面板编号', '小写字母开头；同一面板再放到别的页面时，另起一行只填编号、页面和位置', { required: true }),
    text('标题', '面板标题'),
    text('类型', '指标卡、总量对比、增速对比、条形对比、构成、分档、重点项目、项目分布、荣誉称号……'),
    text('指标', '按显示顺序填指标编号，用顿号或逗号分隔'),
    text('页面', '“页面”表中的页面编号', { required: true }),
    text('位置', 'auto（自动排版），或 列,行,宽,高（24 列网格，一屏 12 行），如 0,3,8,5', { required: true }),
    text('选项', '该类型的选项（JSON），如 {"unit":"亿元"}；增速对比的目标线 {"target":"增速的指标编号"}（画出该增速本期的年度目标）；没有则留空'),
  ],
  meta: [text('字段', '', { required: true }), text('内容', '', { required: true })],
} as const satisfies Record<Exclude<SheetKey, 'guide'>, readonly ColumnSpec[]>

export type DataSheetKey = keyof typeof COLUMNS

/** Rows of the 基本信息 sheet: the field of meta.json each one holds. */
export const META_ROWS = { town: '镇名', district: '所属区', city: '所属市', title: '看板标题' } as const

/** Sheets in workbook order (说明 first). */
export const SHEET_ORDER: SheetKey[] = ['guide', 'editions', 'indicators', 'values', 'projects', 'sectors', 'units', 'honours', 'pages', 'panels', 'meta']

/** A header as a clerk may retype it: full-width brackets and stray spaces do not matter. */
export function headerKey(header: string): string {
  return header
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s\u3000]+/g, '')
}
