/**
 * The names the portable page is built around, apart from the page's text itself (./page.ts): the app's
 * first load needs only these (is this the portable page, where are its data blocks).
 */
export const DASHBOARD_NAME = '永安镇经济运行看板'
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
