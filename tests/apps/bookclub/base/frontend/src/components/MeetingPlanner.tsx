import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { meetingStore } from '../stores/meetingStore';

interface Props {
  clubId: number;
}

export const MeetingPlanner = observer(({ clubId }: Props) => {
  const [venue, setVenue] = useState('');
  useEffect(() => {
    meetingStore.load(clubId);
  }, [clubId]);

  const { meetings, planned } = meetingStore;
  return (
    <section>
      <ul>
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            {new Date(meeting.startsAt).toLocaleString()} at {meeting.venue}
          </li>
        ))}
      </ul>
      {planned && <p>Planned for {planned.startsAt}</p>}
      <input value={venue} onChange={(e) => setVenue(e.target.value)} />
      <button onClick={() => meetingStore.plan(clubId, new Date().toISOString(), venue)}>Plan</button>
    </section>
  );
});
