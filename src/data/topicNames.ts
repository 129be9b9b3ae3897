/** The topics (类别) by their Chinese names: the workbook's 类别 column and the automatic pages' titles. */
import type { Topic } from './schema'

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
