import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { loadRefills, requestRefill } from '../store/thunks';

export function RefillPanel({ prescriptionId }) {
  const dispatch = useDispatch();
  const refills = useSelector((state) => state.refills.list);
  const lastRequest = useSelector((state) => state.refills.lastRequest);

  useEffect(() => {
    dispatch(loadRefills(prescriptionId));
  }, [dispatch, prescriptionId]);

  return (
    <aside>
      {lastRequest && <p>Last request: {lastRequest}</p>}
      <ul>
        {refills.map((refill) => (
          <li key={refill.id}>
            {refill.pharmacy}: {refill.status}
            {refill.readyAt && <time>{refill.readyAt}</time>}
          </li>
        ))}
      </ul>
      <button onClick={() => dispatch(requestRefill({ prescriptionId, pharmacy: 'main' }))}>Request refill</button>
    </aside>
  );
}
