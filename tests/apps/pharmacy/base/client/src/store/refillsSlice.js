import { createSlice } from '@reduxjs/toolkit';
import { loadRefills, requestRefill } from './thunks';

const refillsSlice = createSlice({
  name: 'refills',
  initialState: { list: [], lastRequest: null, error: null },
  reducers: {
    clearError(state) {
      state.error = null;
    },
  },
  extraReducers: {
    [loadRefills.fulfilled]: (state, action) => {
      state.list = action.payload;
    },
    [requestRefill.fulfilled]: (state, action) => {
      state.lastRequest = action.payload.status;
    },
    [requestRefill.rejected]: (state, action) => {
      state.error = action.error.message;
    },
  },
});

export const { clearError } = refillsSlice.actions;
export default refillsSlice.reducer;
