import { createCostGapApp } from './app'
import { detectLocale } from './i18n'
import './styles/base.css'

const root = document.getElementById('app')
// The HTML was prerendered in English at the defaults: hydrate it as it is, then switch to the
// visitor's language (and, in useUrlState, to the scenario in the link).
const prerendered = root !== null && root.childElementCount > 0
const { app, i18n } = createCostGapApp({ hydrate: prerendered, locale: 'en' })
app.mount('#app')

const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language]
i18n.global.locale.value = detectLocale(preferred)
