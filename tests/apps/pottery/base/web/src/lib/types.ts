export interface Kiln {
  id: number
  name: string
  maxTempC: number
  status: string
}

export interface Firing {
  id: number
  kilnId: number
  cone: string
  glaze: string | null
  peakC: number
  startedAt: string
}

export interface NewFiring {
  kilnId: number
  cone: string
  glaze?: string
}
