import { JobBoard } from './components/JobBoard';
import { MachineList } from './components/MachineList';
import { NewJobForm } from './components/NewJobForm';

export function App() {
  return (
    <main>
      <h1>Forge</h1>
      <NewJobForm />
      <JobBoard />
      <MachineList />
    </main>
  );
}
