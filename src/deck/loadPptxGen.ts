/**
 * pptxgenjs, fetched only when a deck is asked for. Its prebuilt browser bundle (with JSZip) is loaded as
 * a classic script from the app's own folder (allowed by the CSP's script-src 'self'), or run from its
 * lazy block in the portable page (src/portable/lazyScript.ts): importing the ES
 * build instead pulls JSZip's CommonJS interop helpers into a chunk shared with the first load.
 */
import type PptxGenJS from 'pptxgenjs'
import bundleUrl from '../../node_modules/pptxgenjs/dist/pptxgen.bundle.js?url'
import { classicScript } from '../portable/lazyScript'

type PptxGenConstructor = typeof PptxGenJS
declare global {
  interface Window {
    PptxGenJS?: PptxGenConstructor
  }
}

export const loadPptxGen = classicScript<PptxGenConstructor>({
  lazy: 'pptxgen',
  url: bundleUrl,
  read: () => window.PptxGenJS,
  notReady: '演示文稿组件未能加载',
  notLoaded: '演示文稿组件未能加载（文件缺失或网络中断），请刷新页面后重试',
})
