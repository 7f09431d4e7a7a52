import axios from 'axios';

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL ?? '/api',
  headers: { 'Content-Type': 'application/json' },
  timeout: 10_000,
});

http.interceptors.response.use(
  (response) => response,
  (error) => {
    console.error('[api]', error.config?.url, error.message);
    return Promise.reject(error);
  },
);
