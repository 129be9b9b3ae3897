/**
 * The names the portable page is built around, apart from the page's text itself (./page.ts): the app's
 * first load needs only these (is this the portable page, where are its data blocks).
 */
/**
 * The product's name, without a town: files and titles put the town of the data (meta.json) before it
 * (青禾镇经济运行看板-2023年1-6月.html), so the same build serves any town.
 */
export const DASHBOARD_NAME = '经济运行看板'

/** The title of the page and of its headers: meta.json's (青禾镇经济运行看板), the product's name until it is read. */
export function dashboardTitle(meta: { title: string } | undefined): string {
  return meta?.title.trim() || DASHBOARD_NAME
}
/** Marks a portable page (on <html>, readable from the head) and lets the Windows launcher find it (findstr). */
export const PORTABLE_MARK = 'data-yongan-portable'
export const ELEMENT_IDS = {
  csp: 'yongan-csp',
  favicon: 'yongan-favicon',
  legacyCheck: 'yongan-legacy-check',
  style: 'yongan-style',
  app: 'yongan-app',
  staticNote: 'yongan-static-note',
  publicUrl: 'yongan-public-url',
} as const
export const DATA_BLOCK_PREFIX = 'yongan-data:'
export const LAZY_BLOCK_PREFIX = 'yongan-lazy:'
/** The lazy block holding the workbook-reading worker's code (a blob: worker there: file:// loads no file). */
export const READ_WORKER_BLOCK = 'readworker'
