import { ref, toValue, watchEffect, type MaybeRefOrGetter, type Ref } from 'vue'
import { API_BASE, HttpError } from '@/api/http'

export function useFetch<T>(path: MaybeRefOrGetter<string>) {
  const data = ref<T | null>(null) as Ref<T | null>
  const error = ref<Error | null>(null)
  const loading = ref(false)

  async function load() {
    loading.value = true
    error.value = null
    try {
      const response = await fetch(`${API_BASE}${toValue(path)}`)
      if (!response.ok) {
        throw new HttpError(response.status, response.statusText)
      }
      data.value = await response.json()
    } catch (e) {
      error.value = e as Error
    } finally {
      loading.value = false
    }
  }

  watchEffect(() => {
    load()
  })

  return { data, error, loading, reload: load }
}
