import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import { fetchBookings, postBooking, postConfirm } from '../api/bookings';
import type { Booking, NewBooking } from '../api/types';

interface BookingsState {
  items: Booking[];
  total: number;
  status: 'idle' | 'loading' | 'failed';
}

const initialState: BookingsState = { items: [], total: 0, status: 'idle' };

export const loadBookings = createAsyncThunk('bookings/load', async () => {
  const page = await fetchBookings();
  return page;
});

export const addBooking = createAsyncThunk('bookings/add', (input: NewBooking) => postBooking(input));

export const confirmBooking = createAsyncThunk('bookings/confirm', async (id: number) => {
  return postConfirm(id);
});

const bookingsSlice = createSlice({
  name: 'bookings',
  initialState,
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(loadBookings.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(loadBookings.fulfilled, (state, action) => {
        state.status = 'idle';
        state.items = action.payload.items;
        state.total = action.payload.total;
      })
      .addCase(loadBookings.rejected, (state) => {
        state.status = 'failed';
      })
      .addCase(addBooking.fulfilled, (state, action) => {
        state.items.push(action.payload);
        state.total += 1;
      })
      .addCase(confirmBooking.fulfilled, (state, action) => {
        const booking = state.items.find((b) => b.id === action.payload.id);
        if (booking) {
          booking.status = action.payload.status;
        }
      });
  },
});

export default bookingsSlice.reducer;
