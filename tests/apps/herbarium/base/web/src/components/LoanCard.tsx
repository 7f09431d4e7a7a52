import { useQuery } from '@tanstack/react-query';
import { LoansService } from '../client';

export default function LoanCard({ loanId }: { loanId: number }) {
  const { data: loan } = useQuery({
    queryKey: ['loan', loanId],
    queryFn: () => LoansService.getLoan(loanId),
  });
  if (!loan) return null;
  return (
    <aside>
      Lent to {loan.borrower}, due {loan.due}
      <button onClick={() => LoansService.returnLoan(loanId)}>Returned</button>
    </aside>
  );
}
