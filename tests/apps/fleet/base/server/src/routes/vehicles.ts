import { Router } from 'express';
import { vehicles, type VehicleRow } from '../store';

export const vehiclesRouter = Router();

function toVehicle(row: VehicleRow) {
  return {
    id: row.id,
    plate: row.plate,
    model: row.model,
    active: row.active,
    odometerKm: row.odometer_km,
  };
}

vehiclesRouter.get('/', (req, res) => {
  res.json(vehicles.map(toVehicle));
});

vehiclesRouter.get('/:id', (req, res) => {
  const row = vehicles.find((v) => v.id === Number(req.params.id));
  if (!row) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.json(toVehicle(row));
});
