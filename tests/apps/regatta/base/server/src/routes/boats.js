import { Router } from 'express';
import { BOATS } from '../store.js';
import { knots } from '../speed.js';

const router = Router();

router.get('/', (req, res) => {
  res.json(BOATS.map((boat) => ({
    id: boat.id,
    name: boat.name,
    skipper: boat.skipper,
    knots: knots(boat.speedMs),
    crew: boat.crew.map((member) => ({ name: member.name, role: member.role })),
  })));
});

router.post('/:id/launch', (req, res) => {
  const boat = BOATS.find((b) => b.id === Number(req.params.id));
  if (!boat) return res.status(404).json({ error: 'no such boat' });
  boat.launched = true;
  res.json({ id: boat.id, launched: true });
});

router.delete('/:id', (req, res) => {
  const index = BOATS.findIndex((b) => b.id === Number(req.params.id));
  if (index >= 0) BOATS.splice(index, 1);
  res.status(204).end();
});

export default router;
