import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import { fetchAppointments, postCancel } from '../api/appointments';
import type { Appointment } from '../api/types';

interface AppointmentsState {
  items: Appointment[];
  loading: boolean;
  error: string | null;
}

const initialState: AppointmentsState = { items: [], loading: false, error: null };

export const loadAppointments = createAsyncThunk('appointments/load', async () => {
  return fetchAppointments();
});

export const cancelAppointment = createAsyncThunk('appointments/cancel', async (id: number) => {
  return postCancel(id);
});

const appointmentsSlice = createSlice({
  name: 'appointments',
  initialState,
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(loadAppointments.pending, (state) => {
        state.loading = true;
      })
      .addCase(loadAppointments.fulfilled, (state, action) => {
        state.loading = false;
        state.items = action.payload;
      })
      .addCase(loadAppointments.rejected, (state, action) => {
        state.loading = false;
        state.error = action.error.message ?? 'failed';
      })
      .addCase(cancelAppointment.fulfilled, (state, action) => {
        state.items = state.items.filter((a) => a.id !== action.payload.id);
      });
  },
});

export default appointmentsSlice.reducer;
