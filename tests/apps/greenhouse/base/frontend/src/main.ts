import { createApp } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import App from './App.vue'
import PlantsView from './views/PlantsView.vue'
import PlantView from './views/PlantView.vue'

const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: PlantsView },
    { path: '/plants/:id', component: PlantView, props: true },
  ],
})

createApp(App).use(router).mount('#app')
