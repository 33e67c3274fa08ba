import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { getLedger } from '@/data/figures'
import { parseKey, type ScenarioKey } from '@/codecs/scenarioKey'
import { useScenariosStore } from '@/stores/scenarios'
import { useBilingual } from './useBilingual'

export interface UseScenarioLabelsReturn {
  /** The name of the current scenario: a preset's label, a saved scenario's name, or "Custom". */
  currentName: ComputedRef<string>
  /** The name of a preset or saved scenario. */
  labelOf: (key: ScenarioKey) => string
  presetLabel: (id: string) => string
}

/** Names of scenarios in the current language. */
export function useScenarioLabels(): UseScenarioLabelsReturn {
  const { t } = useI18n()
  const text = useBilingual()
  const store = useScenariosStore()

  const presetLabel = (id: string) => {
    const preset = getLedger().presets.find((p) => p.id === id)
    return preset ? text(preset.label) : id
  }
  const labelOf = (key: ScenarioKey) => {
    const { kind, id } = parseKey(key)
    if (kind === 'preset') return presetLabel(id)
    return store.saved.find((s) => s.id === id)?.name ?? t('scenarios.custom')
  }
  const currentName = computed(() => {
    const c = store.current
    if (c.kind === 'preset') return presetLabel(c.id)
    if (c.kind === 'saved') return c.name
    return t('scenarios.custom')
  })
  return { currentName, labelOf, presetLabel }
}
