import { useEffect } from 'react';
import { observer } from 'mobx-react-lite';
import { clubStore } from '../stores/clubStore';
import { ClubCard } from './ClubCard';

export const ClubList = observer(function ClubList() {
  useEffect(() => {
    clubStore.load();
  }, []);

  if (clubStore.loading) {
    return <p>Loading…</p>;
  }
  return (
    <section>
      {clubStore.lastJoinedCount > 0 && <p>You are member number {clubStore.lastJoinedCount}</p>}
      {clubStore.clubs.map((club) => (
        <ClubCard key={club.id} club={club} onJoin={() => clubStore.join(club.id, 'me')} />
      ))}
    </section>
  );
});
