import ky from 'ky';
import type { Cake, Order } from './types';

const api = ky.create({ prefixUrl: '/api' });

export const listCakes = () => api.get('cakes').json<Cake[]>();

export const addCake = (name: string, price: number) =>
  api.post('cakes', { json: { name, price } }).json<Cake>();

export const listOrders = () => api.get('orders').json<Order[]>();

export async function placeOrder(cakeId: number, quantity: number): Promise<Order> {
  return api.post('orders', { json: { cake_id: cakeId, quantity } }).json<Order>();
}

export const collectOrder = (id: number) => api.post(`orders/${id}/collect`).json<Order>();

export const cancelOrder = (id: number) => api.delete(`orders/${id}`);
