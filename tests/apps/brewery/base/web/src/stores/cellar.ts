import { defineStore } from 'pinia'
import { ref } from 'vue'
import { addTasting, dumpBatch, listBatches, listTastings } from '../api'
import type { Batch, Tasting } from '../types'

export const useCellarStore = defineStore('cellar', () => {
  const batches = ref<Batch[]>([])
  const tastings = ref<Tasting[]>([])

  async function load() {
    batches.value = await listBatches()
    tastings.value = await listTastings()
  }

  async function dump(id: number) {
    await dumpBatch(id)
    batches.value = batches.value.filter((batch) => batch.id !== id)
  }

  async function taste(batchId: number, score: number) {
    tastings.value.push(await addTasting(batchId, score))
  }

  return { batches, tastings, load, dump, taste }
})
