/** The deck and print rows of the 导出全部 dialog: one chunk, fetched when that dialog first opens. */
/** @public fetched with import() by ExportMenu.vue, which knip cannot follow through `extras.MoreExports`. */
export { default as MoreExports } from './MoreExports.vue'
