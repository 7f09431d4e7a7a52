import { api } from './client';

export async function fetchRefills(prescriptionId) {
  const response = await api.get('/refills', { params: { prescription: prescriptionId } });
  return response.data;
}

export async function postRefill(prescriptionId, pharmacy) {
  const response = await api.post('/refills', { prescriptionId, pharmacy });
  return response.data;
}
