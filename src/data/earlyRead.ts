/**
 * Imported by main.ts before Vue and the app: the data files are read while the browser evaluates the
 * rest of the bundle, instead of after the app has mounted. The store's first load takes this read over.
 */
import { startEarlyRead } from './load'

startEarlyRead(document.baseURI)
