/**
 * pptxgenjs, fetched only when a deck is asked for. Its prebuilt browser bundle (with JSZip) is loaded as
 * a classic script from the app's own folder (allowed by the CSP's script-src 'self'), or run from its
 * lazy block in the portable page (src/portable/lazyScript.ts): importing the ES
 * build instead pulls JSZip's CommonJS interop helpers into a chunk shared with the first load.
 */
import type PptxGenJS from 'pptxgenjs'
import bundleUrl from '../../node_modules/pptxgenjs/dist/pptxgen.bundle.js?url'
import { runLazyScript } from '../portable/lazyScript'

type PptxGenConstructor = typeof PptxGenJS
declare global {
  interface Window {
    PptxGenJS?: PptxGenConstructor
  }
}

let loading: Promise<PptxGenConstructor> | undefined

export function loadPptxGen(): Promise<PptxGenConstructor> {
  loading ??= new Promise<PptxGenConstructor>((resolve, reject) => {
    // The portable page holds the bundle (nothing can be fetched from a file): it runs at once.
    if (!window.PptxGenJS) runLazyScript('pptxgen')
    if (window.PptxGenJS) return resolve(window.PptxGenJS)
    const script = document.createElement('script')
    script.src = new URL(bundleUrl, document.baseURI).href
    script.async = true
    script.onload = () => (window.PptxGenJS ? resolve(window.PptxGenJS) : reject(new Error('演示文稿组件未能加载')))
    script.onerror = () => reject(new Error('演示文稿组件未能加载（文件缺失或网络中断），请刷新页面后重试'))
    document.head.append(script)
  }).catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
