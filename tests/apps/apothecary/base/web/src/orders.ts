import type { Order, OrderInput } from './types';
import { send } from './xhr';

export function placeOrder(payload: OrderInput): Promise<Order> {
  return send<Order>('POST', '/api/v1/orders', payload);
}
