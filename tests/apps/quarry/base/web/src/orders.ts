import { api } from './api';
import { orderPayload } from './forms';
import type { Order, OrderForm } from './types';

export async function placeOrder(form: OrderForm) {
  const payload = orderPayload(form);
  return api.post<Order>('/orders', payload);
}
