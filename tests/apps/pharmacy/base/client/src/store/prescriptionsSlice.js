import { createSlice } from '@reduxjs/toolkit';
import { loadPrescriptions, renewPrescription } from './thunks';

const prescriptionsSlice = createSlice({
  name: 'prescriptions',
  initialState: { items: [], count: 0, loading: false, lastRenewal: null },
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(loadPrescriptions.pending, (state) => {
        state.loading = true;
      })
      .addCase(loadPrescriptions.fulfilled, (state, action) => {
        state.loading = false;
        state.items = action.payload.items;
        state.count = action.payload.count;
      })
      .addCase(renewPrescription.fulfilled, (state, { payload }) => {
        state.lastRenewal = payload.renewedAt;
      });
  },
});

export default prescriptionsSlice.reducer;
