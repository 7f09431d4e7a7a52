export interface Club {
  id: number;
  name: string;
  currentBook: string;
  memberCount: number;
}

export interface Meeting {
  id: number;
  startsAt: string;
  venue: string;
}
