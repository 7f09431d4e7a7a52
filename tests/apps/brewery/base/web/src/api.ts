import type { Batch, Tasting } from './types'

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`)
  return (await response.json()) as T
}

export const listBatches = () => call<Batch[]>('GET', '/batches')
export const dumpBatch = (id: number) => call<{ deleted: number }>('DELETE', `/batches/${id}`)
export const listTastings = () => call<Tasting[]>('GET', '/tastings')
export const addTasting = (batchId: number, score: number) =>
  call<Tasting>('POST', '/tastings', { batch_id: batchId, score })
