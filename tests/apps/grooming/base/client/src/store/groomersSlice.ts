import { createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { fetchGroomers } from '../api/groomers';
import type { Groomer } from '../api/types';

export const loadGroomers = createAsyncThunk('groomers/load', fetchGroomers);

const groomersSlice = createSlice({
  name: 'groomers',
  initialState: { list: [] as Groomer[], selectedId: null as number | null },
  reducers: {
    selectGroomer(state, action: PayloadAction<number>) {
      state.selectedId = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder.addCase(loadGroomers.fulfilled, (state, action) => {
      state.list = action.payload;
    });
  },
});

export const { selectGroomer } = groomersSlice.actions;
export default groomersSlice.reducer;
