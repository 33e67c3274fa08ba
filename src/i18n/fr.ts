import core from './fr/core.json'
import lenses from './fr/lenses.json'
import prices from './fr/prices.json'
import ranges from './fr/ranges.json'
import scenarios from './fr/scenarios.json'

/** Every French message: one file per area, each with its own top-level keys (the i18n test checks they never clash). */
export default { ...core, ...lenses, ...prices, ...ranges, ...scenarios }
