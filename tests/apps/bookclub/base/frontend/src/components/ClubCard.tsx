import type { Club } from '../api/types';

interface Props {
  club: Club;
  onJoin: () => void;
}

export function ClubCard({ club, onJoin }: Props) {
  return (
    <article>
      <h3>{club.name}</h3>
      <p>Reading {club.currentBook}</p>
      <p>{club.memberCount} members</p>
      <button onClick={onJoin}>Join</button>
    </article>
  );
}
