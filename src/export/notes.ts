/** Words the exports share: the chosen sectors, the menu's choice, what a ZIP leaves out. Pure. */
import { sectorNames } from './snapshot'
import type { ExportChoice, ExportState } from './types'

const FORMAT = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' } as const
const BACKGROUND = { white: '白色（打印）', screen: '屏幕主题' } as const

/** "产业：工业　格式：PNG　尺寸：屏幕上大小的 2 倍　背景：白色（打印）" */
export function exportChoiceText(state: ExportState, choice: ExportChoice): string {
  const names = sectorNames(state)
  return [
    `产业：${names.length ? names.join('、') : '全部'}`,
    `格式：${FORMAT[choice.format]}`,
    `尺寸：屏幕上大小的 ${choice.ratio} 倍`,
    `背景：${BACKGROUND[choice.background]}`,
  ].join('　')
}

/** The lines of 说明.txt that name the panels not in the ZIP, and why. */
export function whatIsLeftOut(empty: readonly string[], failed: readonly string[]): string[] {
  const lines: string[] = []
  if (empty.length) lines.push('', `以下 ${empty.length} 个面板所选产业暂无数据，未导出：`, ...empty.map((title) => `- ${title}`))
  if (failed.length) lines.push('', `以下 ${failed.length} 个面板未能导出：`, ...failed.map((text) => `- ${text}`))
  if (!empty.length && !failed.length) lines.push('', '所有面板均已导出。')
  return lines
}
