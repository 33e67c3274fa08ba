import { onMounted, ref, type Ref } from 'vue'

/**
 * `false` in the prerendered HTML and during hydration, `true` once the component is live in the
 * browser. Controls that need script use it to stay disabled until they work, so that nothing typed
 * into the static page before the script arrives is lost.
 */
export function useHydrated(): Ref<boolean> {
  const hydrated = ref(false)
  onMounted(() => (hydrated.value = true))
  return hydrated
}
