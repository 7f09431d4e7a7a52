import type { Note } from '../notes';

interface Props {
  note: Note;
  onPin: (id: number) => void;
}

export function NoteItem({ note, onPin }: Props) {
  return (
    <li>
      <h3>{note.pinned ? '📌 ' : ''}{note.title}</h3>
      <small>{new Date(note.updatedAt).toLocaleString()}</small>
      <button onClick={() => onPin(note.id)}>Pin</button>
    </li>
  );
}
