import { defineStore } from 'pinia';

import { api } from '../api';
import type { Item } from '../types';

export const useItemStore = defineStore('items', {
  state: () => ({ items: [] as Item[], category: '' }),
  actions: {
    async load(category: string) {
      const { data } = await api.get<Item[]>('/items/', { params: { category } });
      this.items = data;
      this.category = category;
    },
  },
});
