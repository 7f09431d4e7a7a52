import { useEffect, useState } from 'react';

import { forge } from '../api/client';
import type { Job } from '../types';
import { StartButton } from './StartButton';

export function JobBoard() {
  const [jobs, setJobs] = useState<Job[]>([]);

  useEffect(() => {
    forge.jobs().then(setJobs);
  }, []);

  return (
    <table>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <td>{job.part}</td>
            <td>{job.quantity}</td>
            <td>{job.dueOn ?? 'no date'}</td>
            <td>{job.status === 'queued' ? <StartButton jobId={job.id} /> : job.status}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
