import { api } from './client';

export async function fetchPrescriptions() {
  const { data } = await api.get('/prescriptions');
  return data;
}

export async function postRenewal(id) {
  const { data } = await api.post(`/prescriptions/${id}/renew`);
  return data;
}
