import { http } from './http';
import { RookeryApi } from './rookery-api';

export const api = new RookeryApi(http);
