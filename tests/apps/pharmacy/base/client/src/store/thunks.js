import { createAsyncThunk } from '@reduxjs/toolkit';
import { fetchPrescriptions, postRenewal } from '../api/prescriptions';
import { fetchRefills, postRefill } from '../api/refills';

export const loadPrescriptions = createAsyncThunk('prescriptions/load', async () => {
  const page = await fetchPrescriptions();
  return page;
});

export const renewPrescription = createAsyncThunk('prescriptions/renew', (id) => postRenewal(id));

export const loadRefills = createAsyncThunk('refills/load', fetchRefills);

export const requestRefill = createAsyncThunk('refills/request', async ({ prescriptionId, pharmacy }) => {
  return postRefill(prescriptionId, pharmacy);
});
