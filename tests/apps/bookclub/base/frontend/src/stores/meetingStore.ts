import { makeAutoObservable } from 'mobx';
import { http } from '../api/http';
import type { Meeting } from '../api/types';

export class MeetingStore {
  meetings: Meeting[] = [];
  planned: Meeting | null = null;

  constructor() {
    makeAutoObservable(this);
  }

  async load(clubId: number) {
    const response = await http.get(`/clubs/${clubId}/meetings`);
    this.meetings = response.data.meetings;
  }

  async plan(clubId: number, startsAt: string, venue: string) {
    const response = await http.post<Meeting>(`/clubs/${clubId}/meetings`, { startsAt, venue });
    this.planned = response.data;
  }
}

export const meetingStore = new MeetingStore();
