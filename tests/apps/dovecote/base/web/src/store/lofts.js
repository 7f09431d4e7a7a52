export default {
  namespaced: true,
  state: () => ({ names: ['North', 'South'] }),
  getters: {
    occupancy: (state, getters, rootState) =>
      state.names.map((name) => ({
        name,
        birds: rootState.birds.filter((bird) => bird.loft === name).length,
      })),
  },
};
