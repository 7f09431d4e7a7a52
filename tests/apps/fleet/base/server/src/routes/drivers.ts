import { Router } from 'express';
import { drivers } from '../store';

export const driversRouter = Router();

driversRouter.get('/:id', (req, res) => {
  const row = drivers.find((d) => d.id === Number(req.params.id));
  if (!row) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.json({ id: row.id, name: row.full_name, phone: row.phone, licence: row.licence });
});
