import { configureStore } from '@reduxjs/toolkit';
import prescriptionsReducer from './prescriptionsSlice';
import refillsReducer from './refillsSlice';

export const store = configureStore({
  reducer: { prescriptions: prescriptionsReducer, refills: refillsReducer },
});
