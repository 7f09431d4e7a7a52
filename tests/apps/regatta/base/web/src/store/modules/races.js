import api from '../../api';

export default {
  namespaced: true,
  state: () => ({
    standings: [],
    wind: null,
  }),
  mutations: {
    setStandings(state, standings) {
      state.standings = standings;
    },
    setWind(state, wind) {
      state.wind = wind;
    },
  },
  actions: {
    loadStandings({ commit }, raceId) {
      return api.get(`/races/${raceId}/standings`)
        .then((res) => res.data)
        .then((data) => {
          commit('setStandings', data.standings);
          commit('setWind', data.wind);
        });
    },
    recordFinish(_context, { raceId, boatId }) {
      return api.post(`/races/${raceId}/finishes`, { boatId });
    },
  },
};
