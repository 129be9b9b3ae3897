// First: built-ins the bundle needs that the oldest supported browser lacks.
import './platform/compat'
import { keepPristineParts } from './portable/pristine'
// Before Vue and the app: start reading data/*.json while the browser evaluates the rest of the bundle.
import './data/earlyRead'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
// router.ts moves a query typed before the hash into the route as it loads, before its history reads the address.
import { router } from './router'
// Style sheets by concern; the order is the cascade order (later files may override earlier ones).
import './styles/base.css'
import './styles/layout.css'
import './styles/panels.css'
import './styles/filter.css'
import './styles/screen.css'
import './styles/export.css'
import './styles/phone.css'
import './styles/print.css'
import { reloadOnceOnChunkError } from './platform/chunkReload'
import { installPrint } from './print/printKeys'

// The portable page: its untouched parts kept for 保存为新看板文件 before Vue changes the document. Only the
// portable build (--mode portable) keeps this call; the served build drops it and the code behind it.
if (import.meta.env.MODE === 'portable') keepPristineParts()
reloadOnceOnChunkError(window)

createApp(App).use(createPinia()).use(router).mount('#app')
installPrint()
