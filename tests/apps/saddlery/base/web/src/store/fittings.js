import { api } from '../api/client';

export default {
  namespaced: true,
  state: () => ({ list: [] }),
  getters: {
    upcoming: (state) => state.list.filter((fitting) => fitting.date >= new Date().toISOString().slice(0, 10)),
  },
  mutations: {
    setList(state, list) {
      state.list = list;
    },
  },
  actions: {
    async load({ commit }) {
      commit('setList', await api.fittings());
    },
    async book({ dispatch }, { horse, date }) {
      await api.bookFitting({ horse, date });
      await dispatch('load');
    },
  },
};
