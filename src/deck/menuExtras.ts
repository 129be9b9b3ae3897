/** The deck and print rows of the 导出全部 dialog: one chunk, fetched when that dialog first opens. */
export { default as MoreExports } from './MoreExports.vue'
