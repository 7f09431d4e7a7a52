import { configureStore } from '@reduxjs/toolkit';
import appointments from './appointmentsSlice';

export const store = configureStore({
  reducer: { appointments },
});

export type RootState = ReturnType<typeof store.getState>;
export type AppDispatch = typeof store.dispatch;
