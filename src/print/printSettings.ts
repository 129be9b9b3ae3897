/**
 * The print choices (paper, one panel or one page per sheet, current page or all), shared by the 打印
 * buttons and the browser's own Ctrl+P, which prints with whatever was chosen last. A plain object (the
 * dialog wraps it in reactive()): the print hook then needs nothing from Vue.
 */
import type { PrintSettings } from './sheets'

export const printSettings: PrintSettings = { paper: 'A4', per: 'page', scope: 'current' }
