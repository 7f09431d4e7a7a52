import { hc } from 'hono/client';
import type { AppType } from '../../server/src/app';

const base = import.meta.env.VITE_API_URL || 'http://localhost:8787';

export const client = hc<AppType>(base);
