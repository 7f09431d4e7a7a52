import api from '../../api';

export default {
  namespaced: true,
  state: () => ({
    list: [],
  }),
  getters: {
    leader: (state) => state.list[0],
  },
  mutations: {
    setBoats(state, boats) {
      state.list = boats;
    },
    removeBoat(state, id) {
      state.list = state.list.filter((boat) => boat.id !== id);
    },
  },
  actions: {
    load({ commit }) {
      return api.get('/boats').then((res) => commit('setBoats', res.data));
    },
    launch(context, id) {
      return api.post(`/boats/${id}/launch`).then(() => context.dispatch('load'));
    },
    retire({ commit }, id) {
      return api.delete(`/boats/${id}`).then(() => commit('removeBoat', id));
    },
  },
};
