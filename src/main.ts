import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n, detectLocale } from './i18n'
import './styles/base.css'

const i18n = createAppI18n(detectLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]))

createApp(App).use(createPinia()).use(i18n).mount('#app')
