// First: built-ins the bundle needs that the oldest supported browser lacks.
import './platform/compat'
// Before Vue and the app: start reading data/*.json while the browser evaluates the rest of the bundle.
import './data/earlyRead'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { adoptPageQuery, router } from './router'
import './styles.css'
import { reloadOnceOnChunkError } from './platform/chunkReload'

reloadOnceOnChunkError(window)
adoptPageQuery(window.location, window.history)

createApp(App).use(createPinia()).use(router).mount('#app')
