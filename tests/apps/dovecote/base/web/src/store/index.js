import axios from 'axios';
import { createStore } from 'vuex';

import lofts from './lofts';

const api = axios.create({ baseURL: '/api' });

export default createStore({
  state: { birds: [], results: [] },
  getters: {
    fastest: (state) => state.birds.filter((bird) => bird.bestSpeed > 1500),
  },
  mutations: {
    setBirds(state, birds) {
      state.birds = birds;
    },
    setResults(state, results) {
      state.results = results;
    },
  },
  actions: {
    async loadBirds({ commit }) {
      const { data } = await api.get('/birds');
      commit('setBirds', data);
    },
    async loadResults({ commit }, raceId) {
      const { data } = await api.get(`/races/${raceId}/results`);
      commit('setResults', data);
    },
    async enter(_context, { raceId, ring }) {
      await api.post(`/races/${raceId}/entries`, { ring });
    },
    async retire({ dispatch }, id) {
      await api.delete(`/birds/${id}`);
      dispatch('loadBirds');
    },
  },
  modules: { lofts },
});
