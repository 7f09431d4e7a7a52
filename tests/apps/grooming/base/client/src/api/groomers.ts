import { request } from './http';
import type { Groomer } from './types';

export function fetchGroomers(): Promise<Groomer[]> {
  return request<Groomer[]>('/groomers');
}
