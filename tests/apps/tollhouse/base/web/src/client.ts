import { hc } from 'hono/client';
import type { AppType } from '../../server/src/app';

export const client = hc<AppType>(import.meta.env.VITE_API_URL ?? 'http://localhost:8788');
