import { useState } from 'react';
import { useLazyGetDriverQuery } from '../services/api';

export function DriverLookup() {
  const [id, setId] = useState(1);
  const [fetchDriver, result] = useLazyGetDriverQuery();
  const [phone, setPhone] = useState('');

  async function call() {
    const driver = await fetchDriver(id).unwrap();
    setPhone(driver.phone);
  }

  return (
    <section>
      <input type="number" value={id} onChange={(e) => setId(Number(e.target.value))} />
      <button onClick={() => fetchDriver(id)}>Look up</button>
      {result.data && <p>{result.data.name}, licence {result.data.licence}</p>}
      <button onClick={call}>Call</button>
      {phone && <a href={`tel:${phone}`}>{phone}</a>}
    </section>
  );
}
