import { createRoute, z } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { createApiShell } from '@/lib/api/app'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { send } from '../helpers/http'

// A throwaway app on the real toolkit: each route provokes one kind of error.
const app = createApiShell()
const body = z.object({ email: z.email(), page_size: z.number().int().max(100) })
app.openapi(
  createRoute({
    method: 'post',
    path: '/echo',
    request: { body: { content: { 'application/json': { schema: body } }, required: true } },
    responses: { 200: { description: 'ok', content: { 'application/json': { schema: envelopeSchema(body) } } } },
  }),
  (c) => c.json(envelope(200, 'OK', c.req.valid('json')), 200),
)
app.get('/duplicate', async (c) => {
  const prisma = db()
  await prisma.user.create({ data: { email: 'twice@example.com' } })
  await prisma.user.create({ data: { email: 'twice@example.com' } })
  return c.json(envelope(200, 'unreachable', null))
})
app.get('/missing', async (c) => {
  await db().user.update({ where: { id: '0190c8a4-0000-7000-8000-000000000000' }, data: { name: 'x' } })
  return c.json(envelope(200, 'unreachable', null))
})
app.get('/forbidden', () => {
  throw new AppError('forbidden', 'Not yours')
})
app.get('/limited', () => {
  throw new AppError('rate_limited', 'Slow down', { headers: { 'Retry-After': '42' } })
})
app.get('/crash', () => {
  throw new Error('secret detail: SELECT * FROM users at /work/main/lib/x.ts:1')
})

describe('the error mapper', () => {
  it('passes a valid body through', async () => {
    const answer = await send(app, 'POST', '/api/echo', { json: { email: 'a@example.com', page_size: 5 } })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ status: 200, message: 'OK', data: { email: 'a@example.com', page_size: 5 } })
  })

  it('turns a zod failure into 400 with errors per field', async () => {
    const answer = await send(app, 'POST', '/api/echo', { json: { email: 'nope', page_size: 1000 } })
    expect(answer.status).toBe(400)
    expect(answer.body.status).toBe(400)
    expect(answer.body.message).toBe('Validation failed')
    expect(Object.keys(answer.body.errors ?? {}).sort()).toEqual(['email', 'page_size'])
    expect(answer.body.data).toBeNull()
  })

  it('turns malformed JSON into a 400 envelope before validation', async () => {
    const answer = await send(app, 'POST', '/api/echo', { body: '{"email": ', headers: { 'content-type': 'application/json' } })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ status: 400, message: 'Malformed request body', data: null })
  })

  it('answers a known path with the wrong method 405 and the allowed methods', async () => {
    const answer = await send(app, 'DELETE', '/api/echo')
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('POST')
    expect(answer.body).toMatchObject({ status: 405, data: null })
    expect((await send(app, 'GET', '/api/nowhere')).status).toBe(404)
  })

  it('maps a unique violation from the database to 409', async () => {
    const answer = await send(app, 'GET', '/api/duplicate')
    expect(answer.status).toBe(409)
    expect(answer.body).toMatchObject({ status: 409, data: null })
  })

  it('maps a missing record to 404', async () => {
    const answer = await send(app, 'GET', '/api/missing')
    expect(answer.status).toBe(404)
    expect(answer.body.status).toBe(404)
  })

  it('maps an AppError to its status and headers', async () => {
    expect((await send(app, 'GET', '/api/forbidden')).body).toMatchObject({ status: 403, message: 'Not yours' })
    const limited = await send(app, 'GET', '/api/limited')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('42')
  })

  it('answers an unknown error with a generic 500 that leaks nothing', async () => {
    const answer = await send(app, 'GET', '/api/crash')
    expect(answer.status).toBe(500)
    expect(answer.body.message).toBe('Something went wrong')
    expect(JSON.stringify(answer.body)).not.toMatch(/secret|SELECT|\.ts|at /)
    expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'))
  })
})
