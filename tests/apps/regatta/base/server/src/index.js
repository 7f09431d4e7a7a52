import express from 'express';
import boats from './routes/boats.js';
import races from './routes/races.js';

const app = express();
app.use(express.json());
app.use('/api/boats', boats);
app.use('/api/races', races);

app.listen(3000, () => console.log('regatta on :3000'));
