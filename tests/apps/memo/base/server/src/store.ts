export interface Note {
  id: number;
  title: string;
  body: string;
  pinned: boolean;
  tags: string[];
  updatedAt: Date;
}

export const NOTES: Note[] = [];

export const nextId = () => Math.max(0, ...NOTES.map((n) => n.id)) + 1;
