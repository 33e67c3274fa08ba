import core from './en/core.json'
import lenses from './en/lenses.json'
import prices from './en/prices.json'
import ranges from './en/ranges.json'
import scenarios from './en/scenarios.json'

/** Every English message: one file per area, each with its own top-level keys (the i18n test checks they never clash). */
export default { ...core, ...lenses, ...prices, ...ranges, ...scenarios }
