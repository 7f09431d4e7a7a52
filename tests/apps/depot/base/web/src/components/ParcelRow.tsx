import type { Parcel } from '../api/types'

export function ParcelRow({ parcel, onDispatch }: { parcel: Parcel; onDispatch: (id: number) => void }) {
  return (
    <tr>
      <td>{parcel.recipient}</td>
      <td>{parcel.weightKg} kg</td>
      <td>{parcel.status}</td>
      <td><button onClick={() => onDispatch(parcel.id)}>dispatch</button></td>
    </tr>
  )
}
