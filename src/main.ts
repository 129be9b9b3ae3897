import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { adoptPageQuery, router } from './router'
import './styles.css'

adoptPageQuery(window.location, window.history)

createApp(App).use(createPinia()).use(router).mount('#app')
