import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { createParcel, dispatchParcel, getStats, listParcels } from '../api/parcels'
import { ParcelRow } from './ParcelRow'

export function Parcels() {
  const queryClient = useQueryClient()
  const { data: parcels = [] } = useQuery({ queryKey: ['parcels'], queryFn: listParcels })
  const { data: stats } = useQuery({ queryKey: ['stats'], queryFn: getStats })
  const dispatch = useMutation({
    mutationFn: (id: number) => dispatchParcel(id, 'bike'),
    onSuccess: (parcel) => {
      alert(`handed to ${parcel.courier}`)
      queryClient.invalidateQueries({ queryKey: ['parcels'] })
    },
  })
  const create = useMutation({
    mutationFn: () => createParcel('Reception', 1.5),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['parcels'] }),
  })

  return (
    <section>
      {stats && <p>{stats.waiting} waiting, {stats.dispatched} out</p>}
      <table><tbody>
        {parcels.map((parcel) => <ParcelRow key={parcel.id} parcel={parcel} onDispatch={(id) => dispatch.mutate(id)} />)}
      </tbody></table>
      <button onClick={() => create.mutate()}>new parcel</button>
    </section>
  )
}
