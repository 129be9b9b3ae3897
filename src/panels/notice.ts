/**
 * The notice of indicators on the automatic pages, apart from the dashboard's module: only check:data,
 * data:import and the import result (数据维护, the preview banner, loaded when a preview is shown) say it.
 */
import type { DataFiles } from '../data/schema'
import { buildDashboard, emptyListFiles, OTHERS_TITLE, type Dashboard } from './dashboard'

/** The notice check:data and the import print: which indicators went to the automatic pages. */
export function automaticNotice(dashboard: Pick<Dashboard, 'automatic'>, defined: boolean): string | undefined {
  if (dashboard.automatic.length === 0) return undefined
  const names = dashboard.automatic.map((item) => `${item.name}（${item.id}）`).join('、')
  return defined
    ? `提示：${dashboard.automatic.length} 项指标未放入任何面板，已自动放在“${OTHERS_TITLE}”页：${names}`
    : `提示：数据中没有 dashboard.json，看板按指标类别自动排版，${dashboard.automatic.length} 项指标全部自动放置：${names}`
}

/** The files of a data folder or workbook as read: what the dashboard check:data and the import build. */
type ReadFiles = Partial<Pick<DataFiles, 'dashboard' | 'indicators' | 'editions' | 'projects' | 'honours'>>

/** The dashboard of data files as read (undefined without indicators), as check:data and the import build it. */
export function dashboardOfFiles(files: ReadFiles): Dashboard | undefined {
  return files.indicators ? buildDashboard(files.dashboard, files.indicators, files.editions, emptyListFiles(files)) : undefined
}

/**
 * The notice of data files as read, one line: check:data, data:import and 数据维护's import result (the
 * preview before it is published) say the same which indicators went to the automatic pages.
 */
export function filesNotice(files: ReadFiles): string | undefined {
  const dashboard = dashboardOfFiles(files)
  return dashboard && automaticNotice(dashboard, files.dashboard !== undefined)
}
