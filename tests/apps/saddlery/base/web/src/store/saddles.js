import { api } from '../api/client';

export default {
  namespaced: true,
  state: () => ({ list: [], lastReservation: null }),
  getters: {
    available: (state) => state.list.filter((saddle) => saddle.available),
  },
  mutations: {
    setList(state, list) {
      state.list = list;
    },
    setReservation(state, reservation) {
      state.lastReservation = reservation;
    },
  },
  actions: {
    async load({ commit }) {
      commit('setList', await api.saddles());
    },
    async reserve({ commit, dispatch }, { saddleId, rider }) {
      commit('setReservation', await api.reserve(saddleId, { rider }));
      await dispatch('load');
    },
  },
};
