import { useEffect, useState } from 'react';
import { NoteItem } from './components/NoteItem';
import { TagCloud } from './components/TagCloud';
import { createNote, deleteNote, fetchNotes, togglePin, type Note } from './notes';

export function App() {
  const [notes, setNotes] = useState<Note[]>([]);

  useEffect(() => {
    fetchNotes().then(setNotes);
  }, []);

  async function add() {
    const note = await createNote('Untitled');
    setNotes([note, ...notes]);
  }

  async function pin(id: number) {
    const note = await togglePin(id);
    setNotes(notes.map((n) => (n.id === id ? note : n)));
  }

  async function clear() {
    await Promise.all(notes.map((n) => deleteNote(n.id)));
    setNotes([]);
  }

  return (
    <main>
      <button onClick={add}>New note</button>
      <button onClick={clear}>Delete all</button>
      <ul>{notes.map((note) => <NoteItem key={note.id} note={note} onPin={pin} />)}</ul>
      <TagCloud />
    </main>
  );
}
