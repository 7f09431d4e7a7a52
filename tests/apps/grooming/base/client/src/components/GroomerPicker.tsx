import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import type { AppDispatch, RootState } from '../store';
import { loadGroomers, selectGroomer } from '../store/groomersSlice';

export function GroomerPicker() {
  const dispatch = useDispatch<AppDispatch>();
  const groomers = useSelector((state: RootState) => state.groomers.list);
  const selectedId = useSelector((state: RootState) => state.groomers.selectedId);

  useEffect(() => {
    dispatch(loadGroomers());
  }, [dispatch]);

  return (
    <select value={selectedId ?? ''} onChange={(e) => dispatch(selectGroomer(Number(e.target.value)))}>
      {groomers.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name} ({g.specialty})
        </option>
      ))}
    </select>
  );
}
