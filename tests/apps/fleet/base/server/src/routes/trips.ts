import { Router } from 'express';
import { trips } from '../store';

export const tripsRouter = Router();

tripsRouter.get('/', (req, res) => {
  const q = String(req.query.q ?? '').toLowerCase();
  const found = trips.filter((t) => t.destination.toLowerCase().includes(q));
  res.json(found.map((t) => ({ id: t.id, vehicleId: t.vehicle_id, destination: t.destination,
                                startedAt: t.started_at })));
});
