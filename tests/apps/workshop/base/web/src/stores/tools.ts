import { defineStore } from 'pinia';

import { http } from '../api/http';
import type { ToolDetail, ToolSummary } from '../api/types';

export const useToolStore = defineStore('tools', {
  state: () => ({
    tools: [] as ToolSummary[],
    current: null as ToolDetail | null,
    loading: false,
  }),
  getters: {
    availableTools: (state) => state.tools.filter((tool) => tool.available),
  },
  actions: {
    async fetchTools(category?: string) {
      this.loading = true;
      try {
        const { data } = await http.get<ToolSummary[]>('/tools/', { params: { category } });
        this.tools = data;
      } finally {
        this.loading = false;
      }
    },
    async fetchTool(id: number) {
      const response = await http.get<ToolDetail>(`/tools/${id}`);
      this.current = response.data;
    },
  },
});
