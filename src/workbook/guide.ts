/** The 说明 sheet: what each sheet is for, how to add next month, units and period forms, an example. Pure. */
import { PERIOD_FORMS } from '../data/period'
import { BUILT_IN_UNIT_NAMES } from '../data/units'
import { COLUMNS, SHEET, type DataSheetKey } from './layout'

export interface GuideLine {
  text: string
  heading?: 1 | 2
}

const PURPOSE: Record<DataSheetKey, string> = {
  editions: '每期报告（报告期）一行：编号、名称、截至日期、标题、来源。',
  indicators: '每个指标一行：编号、名称、单位、产业、类别、指标类型（总量/增速/占比）、所属指标。',
  values: '每个指标每个报告期一行：数值按本行单位填写；总量指标的同比增长可填在“同比增长(%)”列。',
  projects: '每个项目每个报告期一行：投资按本行单位填写，未公布的留空（不要填 0）。',
  sectors: '看板的产业分类：编号、名称、颜色、上级产业。其他表的“产业”列填这里的名称。没有产业分类时可以不填。',
  units: '单位表：看板自带的单位（标“内置”）和你声明的新单位。表中没有的单位（如 万标准箱）在此加一行再使用。',
  honours: '报道提到的荣誉称号：每项每个报告期一行。',
  pages: '看板的页面：编号、名称、顺序。删去“页面”和“面板”两表时，看板按指标类别自动排版。',
  panels: '每个面板一行：类型、按顺序的指标、所在页面、位置（auto 或 列,行,宽,高）、选项。没有放进任何面板的指标自动显示在“其他指标”页。',
  meta: '镇名、所属区、所属市和看板标题。',
}

const column = (key: DataSheetKey) => COLUMNS[key].map((spec) => `  · ${spec.header}${spec.required ? '（必填）' : ''}：${spec.note || '—'}`)

/** The 说明 sheet of the dashboard titled `title` (meta.json's title: any town's). */
export const guideRows = (title: string): GuideLine[] => [
  { text: `${title} · 数据维护工作簿`, heading: 1 },
  { text: '本工作簿就是看板的全部数据。填好后在看板“数据维护”页导入（先预览，确认后下载数据文件交给管理员），或由管理员运行 npm run data:import -- 工作簿.xlsx。' },
  { text: '请勿修改工作表名称和第 1 行的列标题；列的顺序可以调整。黄色标题的列必填。' },
  { text: '如何添加下个月的数据', heading: 2 },
  { text: '1. 在“指标值”表末尾为每个指标添加一行，“报告期”填新的报告期编号，如 2022-06（截至 2022 年 6 月）。' },
  { text: '2. “报告”表中没有的报告期会自动建立，名称为“2022年1-6月”；需要标题和来源时，在“报告”表加一行。' },
  { text: '3. 项目进展有变化时，在“项目”表为该项目添加一行新报告期的记录。' },
  { text: '单位', heading: 2 },
  { text: `内置单位：${BUILT_IN_UNIT_NAMES.join('、')}。数值按本行“单位”填写：地区生产总值 11.39 亿元填 11.39、单位 亿元；财政收入 1013 万元填 1013、单位 万元。` },
  { text: '同一类的单位可以互换（亿元/万元/元，万亩/亩，公里/米，万吨/吨，亿千瓦时/万千瓦时/千瓦时，万人/人，万人次/人次，万户/户），导入时精确换算，不会出现 114999999.99 这样的误差；不同类的不能换算（人次不是人，个、家、处各是各的）。' },
  { text: '表中没有的单位（如 万标准箱）：在“单位”表加一行，填单位名称、基准单位（标准箱）和倍数（10000）；自成一类的单位只填名称。' },
  { text: '增速和占比的单位是 %，填 6.8 表示 6.8%（也可以输入 6.8%）；下降填负数，下降3.1% 填 -3.1。两个比率之差用 个百分点。' },
  { text: '报道写完成比例（占年计划的48.6%）填在“完成率(%)”列，照写；报道写全年任务数额（全年任务900万元）填在“年度目标”列。预计、初步核算、快报的数在“预计/初步/快报”列选择；排名和比较（增速列全区第二）照抄在“排名或比较”列。' },
  { text: '“其中”一项（国税收入是财税总收入的其中一项）：在“指标”表该指标行的“所属整体”列填整体指标的编号。' },
  { text: '数字请直接填写，不要带单位或文字（“11.39亿”会被拒绝）；全角数字和千位分隔符（１，０１３）可以识别。' },
  { text: '期间的写法', heading: 2 },
  { text: `期间按统计习惯书写：${PERIOD_FORMS}。1-5月为累计，5月为当月，5月末为时点。未写年份的（6月23日）取报告期的年份。` },
  { text: '报道写“余”（如 100余家）时，在“余(下限)”列填“余”，数值填 100。' },
  { text: '示例（指标值 表的一行）', heading: 2 },
  { text: '指标编号 regional_gdp｜指标名称 地区生产总值｜报告期 2022-05｜期间 2022年1-5月｜数值 11.39｜单位 亿元｜同比增长(%) 6.8｜余(下限) 空｜年度目标 空｜来源原文 全镇完成地区生产总值11.39亿元，增长6.8%' },
  { text: '各表与各列', heading: 2 },
  ...(Object.keys(PURPOSE) as DataSheetKey[]).flatMap((key): GuideLine[] => [{ text: `${SHEET[key]}：${PURPOSE[key]}` }, ...column(key).map((text) => ({ text }))]),
]
