import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api/client'
import type { Booking, ClassView } from '../api/types'

export const classKeys = {
  all: ['classes'] as const,
  detail: (id: string) => ['classes', id] as const,
}

export function useClasses() {
  return useQuery({
    queryKey: classKeys.all,
    queryFn: () => api.get<ClassView[]>('/classes'),
  })
}

export function useClass(id: string) {
  return useQuery({
    queryKey: classKeys.detail(id),
    queryFn: () => api.get<ClassView>(`/classes/${id}`),
  })
}

export function useBookClass(classId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (memberId: string) => api.post<Booking>(`/classes/${classId}/bookings`, { memberId }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: classKeys.all })
      queryClient.invalidateQueries({ queryKey: ['bookings'] })
    },
  })
}
