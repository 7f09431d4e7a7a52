import { configureStore } from '@reduxjs/toolkit';
import bookingsReducer from './bookingsSlice';
import groomersReducer from './groomersSlice';

export const store = configureStore({
  reducer: { bookings: bookingsReducer, groomers: groomersReducer },
});

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;
