import Koa from 'koa'
import bodyParser from 'koa-bodyparser'
import { api } from './routes/index.js'

const app = new Koa()

app.use(async (ctx, next) => {
  try {
    await next()
  } catch (err) {
    const status = (err as { status?: number }).status ?? 500
    ctx.status = status
    ctx.body = { error: status === 500 ? 'internal error' : (err as Error).message }
  }
})
app.use(bodyParser())
app.use(api.routes()).use(api.allowedMethods())

app.listen(Number(process.env.PORT ?? 4000))
