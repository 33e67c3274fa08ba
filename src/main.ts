import { createCostGapApp } from './app'
import { useTheme } from './composables/useTheme'
import { getLedger } from './data/figures'
import { formatValue } from './format/number'
import { loadSections, startHydration } from './hydration'
import './styles/base.css'

const root = document.getElementById('app')
// The HTML was prerendered in English at the defaults: hydrate it as it is. App.vue switches to the
// visitor's language and to the scenario in the link once every section is live.
const prerendered = root !== null && root.childElementCount > 0
const { app } = createCostGapApp({ hydrate: prerendered, locale: 'en' })

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// Short tasks rather than one long one, so that the page can answer a tap in between: evaluating the
// code (this task); the first number formatted (the browser loads its locale data then, a one-off cost);
// parsing the ledger; the stored theme and fetching the sections' code; then the mount, which hydrates
// the page outside its boundaries. The boundaries follow, each in its turn (hydration.ts).
async function start(): Promise<void> {
  await nextTask()
  formatValue(1, 'usd', 'en')
  await nextTask()
  getLedger()
  await nextTask()
  useTheme()
  loadSections()
  await nextTask()
  startHydration(prerendered)
  app.mount('#app')
}

void start()
