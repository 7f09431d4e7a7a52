import type { NextFunction, Request, Response } from 'express'

export interface AuthedRequest extends Request {
  userId: string
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const userId = req.header('x-user-id')
  if (!userId) {
    res.status(401).json({ error: 'sign in first' })
    return
  }
  ;(req as AuthedRequest).userId = userId
  next()
}
