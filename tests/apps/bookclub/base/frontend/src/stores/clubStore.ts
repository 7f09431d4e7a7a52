import { makeAutoObservable, runInAction } from 'mobx';
import { http } from '../api/http';
import type { Club } from '../api/types';

class ClubStore {
  clubs: Club[] = [];
  loading = false;
  lastJoinedCount = 0;

  constructor() {
    makeAutoObservable(this);
  }

  async load() {
    this.loading = true;
    const response = await http.get<Club[]>('/clubs');
    runInAction(() => {
      this.clubs = response.data;
      this.loading = false;
    });
  }

  async join(clubId: number, member: string) {
    const { data } = await http.post(`/clubs/${clubId}/join`, { member });
    this.lastJoinedCount = data.memberCount;
  }
}

export const clubStore = new ClubStore();
