import api from '../api';

export default {
  namespaced: true,
  state: () => ({
    list: [],
    blooming: [],
  }),
  getters: {
    shaded: (state, getters, rootState, rootGetters) =>
      state.list.filter((bed) => rootGetters.tall.some((tree) => tree.bed === bed.id)),
  },
  mutations: {
    setList(state, beds) {
      state.list = beds;
    },
    setBlooming(state, blooming) {
      state.blooming = blooming;
    },
  },
  actions: {
    async load({ commit }) {
      const res = await api.get('/beds');
      commit('setList', res.data);
    },
    async loadBlooming({ commit }) {
      const res = await api.get('/beds/in-bloom');
      commit('setBlooming', res.data);
    },
  },
};
