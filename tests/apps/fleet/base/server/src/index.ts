import express from 'express';
import { driversRouter } from './routes/drivers';
import { tripsRouter } from './routes/trips';
import { vehiclesRouter } from './routes/vehicles';

const app = express();
app.use(express.json());
app.use('/api/vehicles', vehiclesRouter);
app.use('/api/trips', tripsRouter);
app.use('/api/drivers', driversRouter);

app.listen(Number(process.env.PORT ?? 5000));
