import { createCostGapApp } from './app'
import { startHydration } from './hydration'
import './styles/base.css'

const root = document.getElementById('app')
// The HTML was prerendered in English at the defaults: hydrate it as it is. App.vue switches to the
// visitor's language and to the scenario in the link once every section is live.
const prerendered = root !== null && root.childElementCount > 0
const { app } = createCostGapApp({ hydrate: prerendered, locale: 'en' })
startHydration(prerendered)
app.mount('#app')
