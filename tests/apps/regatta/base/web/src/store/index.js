import { createStore } from 'vuex';
import boats from './modules/boats';
import races from './modules/races';

export default createStore({
  modules: {
    boats,
    races,
  },
});
