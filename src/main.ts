import { createCostGapApp } from './app'
import { formatValue } from './format/number'
import { startHydration } from './hydration'
import './styles/base.css'

const root = document.getElementById('app')
// The HTML was prerendered in English at the defaults: hydrate it as it is. App.vue switches to the
// visitor's language and to the scenario in the link once every section is live.
const prerendered = root !== null && root.childElementCount > 0
const { app } = createCostGapApp({ hydrate: prerendered, locale: 'en' })

// Short tasks rather than one long one: evaluating the code (this task), the first number formatted
// (the browser loads its locale data then, a one-off cost), and the mount, which hydrates the page
// outside its boundaries; the boundaries follow, each in its turn (hydration.ts).
setTimeout(() => {
  formatValue(1, 'usd', 'en')
  setTimeout(() => {
    startHydration(prerendered)
    app.mount('#app')
  })
})
