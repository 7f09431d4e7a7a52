import { client } from './client';

export const booths = client.api.booths;
export const { passes } = client.api;
