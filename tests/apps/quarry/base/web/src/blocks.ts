import { api } from './api';
import type { Block, Split } from './types';

export function listBlocks() {
  return api.get<Block[]>('/blocks');
}

export function splitBlock(id: number, pieces: number) {
  return api.post<Split>(`/blocks/${id}/split`, { pieces });
}
