const base = import.meta.env.VITE_ROOKERY_URL || 'http://localhost:8080';

export const API = base + '/api';
