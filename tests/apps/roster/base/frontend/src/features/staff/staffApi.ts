import { baseApi } from '../../app/baseApi';

export interface StaffMember {
  id: number;
  full_name: string;
  role: string;
}

const staffApi = baseApi.injectEndpoints({
  endpoints: (build) => ({
    listStaff: build.query<StaffMember[], void>({
      query: () => '/staff',
    }),
  }),
});

export const { useListStaffQuery } = staffApi;
