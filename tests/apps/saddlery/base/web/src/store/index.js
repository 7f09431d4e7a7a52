import { createStore } from 'vuex';

import fittings from './fittings';
import saddles from './saddles';

export default createStore({
  modules: { saddles, fittings },
});
