import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { cancelOrder, listOrders, markReady } from '../api'
import { OrderRow } from './OrderRow'

export function OrderQueue() {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['orders'] })
  const { data } = useQuery({ queryKey: ['orders'], queryFn: listOrders })
  const ready = useMutation({ mutationFn: markReady, onSuccess: refresh })
  const cancel = useMutation({ mutationFn: cancelOrder, onSuccess: refresh })

  return (
    <ul>
      {data?.orders.map((order) => (
        <OrderRow key={order.id} order={order} onReady={ready.mutate} onCancel={cancel.mutate} />
      ))}
    </ul>
  )
}
