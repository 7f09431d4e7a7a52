import { baseApi } from '../../app/baseApi';
import type { Shift } from './types';

export const shiftsApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    listShifts: build.query<Shift[], void>({
      query: () => '/shifts',
      providesTags: ['Shift'],
    }),
    claimShift: build.mutation<Shift, { id: number; staffId: number }>({
      query: ({ id, staffId }) => ({
        url: `/shifts/${id}/claim`,
        method: 'POST',
        body: { staff_id: staffId },
      }),
      invalidatesTags: ['Shift'],
    }),
  }),
});

export const { useListShiftsQuery, useClaimShiftMutation } = shiftsApi;
