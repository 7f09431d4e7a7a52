import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { loadPrescriptions, renewPrescription } from '../store/thunks';
import { PrescriptionCard } from './PrescriptionCard';

export function PrescriptionList({ onSelect }) {
  const dispatch = useDispatch();
  const items = useSelector((state) => state.prescriptions.items);
  const count = useSelector((state) => state.prescriptions.count);
  const lastRenewal = useSelector((state) => state.prescriptions.lastRenewal);

  useEffect(() => {
    dispatch(loadPrescriptions());
  }, [dispatch]);

  return (
    <section>
      <h2>{count} prescriptions</h2>
      {lastRenewal && <p>Renewed {new Date(lastRenewal).toLocaleDateString()}</p>}
      {items.map((prescription) => (
        <PrescriptionCard
          key={prescription.id}
          prescription={prescription}
          onRenew={(id) => dispatch(renewPrescription(id))}
          onSelect={onSelect}
        />
      ))}
    </section>
  );
}
