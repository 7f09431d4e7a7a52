import { defineStore } from 'pinia';

import { api } from '../api';
import type { NewOrder, Order } from '../types';

export const useOrderStore = defineStore('orders', {
  state: () => ({ placed: [] as Order[] }),
  actions: {
    async place(order: NewOrder) {
      const { data } = await api.post<Order>('/orders/', order);
      this.placed.push(data);
      return data;
    },
    async cancel(id: number) {
      const { data } = await api.post<Order>(`/orders/${id}/cancel`);
      this.placed = this.placed.map((o) => (o.id === id ? data : o));
    },
  },
});
