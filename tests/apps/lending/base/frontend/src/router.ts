import { createRouter, createWebHistory } from 'vue-router';
import BooksView from './views/BooksView.vue';
import BookView from './views/BookView.vue';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: BooksView },
    { path: '/books/:id', component: BookView, props: true },
  ],
});
