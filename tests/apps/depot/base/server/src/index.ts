import express from 'express'
import { ZodError } from 'zod'
import { parcelsRouter } from './routes/parcels.js'
import { statsRouter } from './routes/stats.js'

const app = express()
app.use(express.json())
app.use('/api/parcels', parcelsRouter)
app.use('/api/stats', statsRouter)
app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
  if (err instanceof ZodError) return res.status(400).json({ issues: err.issues })
  next(err)
})

app.listen(3001)
