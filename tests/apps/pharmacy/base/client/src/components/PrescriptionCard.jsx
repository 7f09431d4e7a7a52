export function PrescriptionCard({ prescription, onRenew, onSelect }) {
  return (
    <article onClick={() => onSelect(prescription.id)}>
      <h3>{prescription.drug}</h3>
      <p>{prescription.dosage}</p>
      <p>{prescription.refillsLeft} refills left</p>
      <button onClick={() => onRenew(prescription.id)}>Renew</button>
    </article>
  );
}
