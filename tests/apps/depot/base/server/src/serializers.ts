import type { ParcelRow } from './store.js'

export function toParcel(row: ParcelRow) {
  return {
    id: row.id,
    recipient: row.recipient,
    weightKg: row.weight_kg,
    fragile: row.fragile,
    status: row.status,
    courier: row.courier,
  }
}
