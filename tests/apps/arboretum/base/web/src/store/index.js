import { createStore } from 'vuex';
import api from '../api';
import beds from './beds';

export default createStore({
  modules: { beds },
  state: () => ({
    trees: [],
    pruning: [],
    measured: null,
  }),
  getters: {
    tall: (state) => state.trees.filter((tree) => tree.heightM > 10),
    tallLabels: (state, getters) => getters.tall.map((tree) => `${tree.species}, ${tree.heightM} m`),
  },
  mutations: {
    setTrees(state, trees) {
      state.trees = trees;
    },
    setPruning(state, trees) {
      state.pruning = trees;
    },
    setMeasured(state, measured) {
      state.measured = measured;
    },
  },
  actions: {
    async loadTrees({ commit }) {
      const res = await api.get('/trees');
      commit('setTrees', res.data);
    },
    async loadPruning({ commit }) {
      const res = await api.get('/trees/due-for-pruning');
      commit('setPruning', res.data);
    },
    async measure({ commit, dispatch }, { id, heightM, girthCm }) {
      const res = await api.post(`/trees/${id}/measure`, { height_m: heightM, girth_cm: girthCm });
      commit('setMeasured', res.data);
      await dispatch('loadTrees');
    },
  },
});
