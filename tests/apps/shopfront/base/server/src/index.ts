import cors from 'cors'
import express from 'express'
import { apiRouter } from './routes/index.js'

const app = express()
app.use(cors())
app.use(express.json())
app.use('/api', apiRouter)

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(err)
  res.status(500).json({ error: 'internal error' })
})

const port = Number(process.env.PORT ?? 4000)
app.listen(port, () => console.log(`api on :${port}`))
