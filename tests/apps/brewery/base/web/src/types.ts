export interface Batch {
  id: number
  style: string
  abv: number
  stage: string
}

export interface Tasting {
  id: number
  batch_id: number
  score: number
  notes: string
}
