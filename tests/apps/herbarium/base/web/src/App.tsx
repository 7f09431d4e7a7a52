import SpecimenList from './components/SpecimenList';
import LoanCard from './components/LoanCard';

export default function App() {
  return (
    <main>
      <h1>Herbarium</h1>
      <SpecimenList />
      <LoanCard loanId={1} />
    </main>
  );
}
