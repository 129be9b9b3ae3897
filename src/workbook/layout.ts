/**
 * The workbook as a clerk sees it: its sheets, their column headers (a user interface: the names are
 * kept), which columns are numbers, and the drop-down lists. One place for the writer, the reader and
 * the 说明 sheet. Pure.
 */
import { MEASURE_NAMES, SECTOR_BASIS_NAMES, STATUS_BASIS_NAMES, TOPICS, type Topic } from '../data/schema'
import { STATUS_NAMES } from '../data/statusNames'
import { DISPLAY_UNIT_NAMES, MONEY_UNITS } from '../data/units'

export const SHEET = {
  guide: '说明',
  editions: '报告',
  indicators: '指标',
  values: '指标值',
  projects: '项目',
  sectors: '产业',
  honours: '荣誉',
  pages: '页面',
  panels: '面板',
  meta: '基本信息',
} as const
export type SheetKey = keyof typeof SHEET

/** Where a column's drop-down takes its choices: a fixed list, or the 名称 column of the 产业 sheet. */
export type ChoiceList = readonly string[] | 'sectors'

export interface ColumnSpec {
  header: string
  /** Numbers are stored as numbers; the rest as text (so Excel does not turn 2022-05 into a date). */
  kind: 'text' | 'number'
  required?: boolean
  list?: ChoiceList
  /** Shown as the header cell's note and in the 说明 sheet. */
  note: string
}

export const TOPIC_NAMES: Record<Topic, string> = {
  economy: '经济运行',
  village: '村集体经济',
  commerce: '商贸',
  agriculture: '农业',
  land: '土地',
  enterprise: '企业',
  urban: '城市建设',
  livelihood: '民生',
  governance: '社会治理',
  party: '党建',
}

/** Project status names, the words the panels show. */
export { STATUS_NAMES }

export const LOWER_BOUND_MARK = '余'

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
  ],
  indicators: [
    text('指标编号', '小写字母开头，只含小写字母、数字和下划线，如 retail_sales', { required: true }),
    text('指标名称', '如 地区生产总值', { required: true }),
    text('单位', '报道所用的单位；增速和占比为 %', { required: true, list: DISPLAY_UNIT_NAMES }),
    text('产业', '“产业”表中的名称；全镇指标留空', { list: 'sectors' }),
    text('产业来源', '报道原文 或 按名称归类；产业留空时也留空', { list: Object.values(SECTOR_BASIS_NAMES) }),
    text('类别', '指标所属的方面', { required: true, list: TOPICS.map((topic) => TOPIC_NAMES[topic]) }),
    text('指标类型', '总量、增速（同比 %）或占比（%）', { required: true, list: Object.values(MEASURE_NAMES) }),
    text('所属指标', '增速或占比所属的总量指标的编号（如 retail_sales）；没有则留空'),
  ],
  values: [
    text('指标编号', '“指标”表中的编号', { required: true }),
    text('指标名称', '仅供阅读，导入时以指标编号为准'),
    text('报告期', EDITION_NOTE, { required: true }),
    text('期间', '2022年1-5月、2022年5月、2022年5月末、6月23日、2022年 或 截至报道时', { required: true }),
    number('数值', '按本行单位填写：11.39（亿元）、1013（万元）；只有增速或占比的指标填在本列，单位为 %', { required: true }),
    text('单位', '与指标同类的单位（亿元、万元、元可互换）', { required: true, list: DISPLAY_UNIT_NAMES }),
    number('同比增长(%)', '总量指标的同比增长，如 6.8（须在 “指标”表中有所属于它的增速指标）'),
    text('余(下限)', '报道写“余”（多于）时填 余', { list: [LOWER_BOUND_MARK] }),
    number('年度目标', '全年目标，单位同本行'),
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
  honours: [
    text('编号', '小写字母开头', { required: true }),
    text('荣誉名称', '如 中国淘宝镇', { required: true }),
    text('获得者', '如 某镇、某村', { required: true }),
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
    text('选项', '该类型的选项（JSON），如 {"unit":"亿元"}；没有则留空'),
  ],
  meta: [text('字段', '', { required: true }), text('内容', '', { required: true })],
} as const satisfies Record<Exclude<SheetKey, 'guide'>, readonly ColumnSpec[]>

export type DataSheetKey = keyof typeof COLUMNS

/** Rows of the 基本信息 sheet: the field of meta.json each one holds. */
export const META_ROWS = { town: '镇名', district: '所属区', city: '所属市', title: '看板标题' } as const

/** Sheets in workbook order (说明 first). */
export const SHEET_ORDER: SheetKey[] = ['guide', 'editions', 'indicators', 'values', 'projects', 'sectors', 'honours', 'pages', 'panels', 'meta']

/** A header as a clerk may retype it: full-width brackets and stray spaces do not matter. */
export function headerKey(header: string): string {
  return header
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s\u3000]+/g, '')
}
