import { toValue, type MaybeRefOrGetter } from 'vue'
import { postJson } from '@/api/http'
import type { Dashboard, Plant, Watering } from '@/api/types'
import { useFetch } from './useFetch'

export function usePlants() {
  return useFetch<Plant[]>('/plants/')
}

export function usePlant(id: MaybeRefOrGetter<string>) {
  return useFetch<Plant>(() => `/plants/${toValue(id)}/`)
}

export function useWaterings(id: MaybeRefOrGetter<string>) {
  return useFetch<Watering[]>(() => `/plants/${toValue(id)}/history/`)
}

export function useDashboard() {
  return useFetch<Dashboard>('/dashboard/')
}

export function waterPlant(id: number, amount: number, note = ''): Promise<Watering> {
  return postJson<Watering>(`/plants/${id}/water/`, { amount, note })
}
