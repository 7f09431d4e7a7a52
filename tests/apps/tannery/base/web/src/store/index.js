import { createStore } from 'vuex';
import api from '../api';

export default createStore({
  state: () => ({
    hides: [],
    lastTan: null,
    batches: [],
  }),
  getters: {
    untanned: (state) => state.hides.filter((hide) => !hide.method),
    labels: (state) => state.hides.map((hide) => ({ id: hide.id, text: `${hide.animal}, ${hide.areaSqm} m²` })),
  },
  mutations: {
    setHides(state, hides) {
      state.hides = hides;
    },
    setLastTan(state, tan) {
      state.lastTan = tan;
    },
    setBatches(state, batches) {
      state.batches = batches;
    },
  },
  actions: {
    async loadHides({ commit }, grade) {
      const res = await api.get('/hides', { params: { grade } });
      commit('setHides', res.data);
    },
    async tan({ commit, dispatch }, { id, tanner, method }) {
      const res = await api.post(`/hides/${id}/tan`, { tanner, method });
      commit('setLastTan', res.data);
      await dispatch('loadHides');
    },
    async loadBatches({ commit }, vat) {
      const res = await api.get('/batches', { params: { vat } });
      commit('setBatches', res.data);
    },
  },
});
