import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { send } from '../helpers/http'
import { connectAs, request, withSocketServer } from '../helpers/sockets'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

/*
 * The wording a client developer reads in `errors` (lib/schemas/validation-messages.ts): a missing
 * field says "Required", a number names itself and its bounds, a failure about a whole body goes
 * under `body`, a date range names `date_to`, and socket acknowledgements say the same as HTTP.
 */

withTempUploadDir()
const server = withSocketServer()
const ROOM = '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'

/** The whole 400 envelope of a validation failure with these `errors`. */
const refused = (errors: Record<string, string[]>) => ({ status: 400, message: 'Validation failed', data: null, errors, request_id: expect.any(String) })

describe('a JSON body', () => {
  it('names each missing field "Required"', async () => {
    const answer = await send(api(), 'POST', '/api/auth/login', { json: {} })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused({ email: ['Required'], password: ['Required'] }))
  })

  it('reports a body that is not an object under `body`', async () => {
    const answer = await send(api(), 'POST', '/api/auth/login', { json: [{ email: 'a@example.com' }] })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused({ body: ['Invalid input: expected object, received array'] }))
  })

  it('keeps the type a present field got wrong', async () => {
    const answer = await send(api(), 'POST', '/api/auth/login', { json: { email: 5, password: 'x' } })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused({ email: ['Invalid input: expected string, received number'] }))
  })
})

describe('a multipart form', () => {
  it('reports a field it does not take under `body`, naming it', async () => {
    const { bearer } = await createUser()
    const answer = await send(api(), 'POST', '/api/company/create-company', {
      headers: bearer,
      body: form({ name: `Validation ${Date.now()}`, owner_id: ROOM }),
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused({ body: ['Unrecognized key: "owner_id"'] }))
  })
})

describe('numbers in a query', () => {
  const lists = ['/api/tradebooth/get-details-tradebooths', '/api/company/get-details-companies', '/api/auth/all-users-data', '/api/rooms']

  it.each(lists)('%s?page=abc answers 400 "page must be a whole number"', async (path) => {
    const { bearer } = await createUser({ role: 'admin' })
    const answer = await send(api(), 'GET', `${path}?page=abc`, { headers: bearer })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused({ page: ['page must be a whole number'] }))
  })

  it.each([
    ['page_size=abc', { page_size: ['page_size must be a whole number'] }],
    ['page=1.5', { page: ['page must be a whole number'] }],
    ['page=Infinity', { page: ['page must be a whole number'] }],
    ['page=0', { page: ['page must be at least 1'] }],
    ['page_size=101', { page_size: ['page_size must be at most 100'] }],
    ['page=2000000&page_size=0', { page: ['page must be at most 1000000'], page_size: ['page_size must be at least 1'] }],
  ])('?%s is refused naming the parameter and its bound', async (query, errors) => {
    const { bearer } = await createUser()
    const answer = await send(api(), 'GET', `/api/tradebooth/get-details-tradebooths?${query}`, { headers: bearer })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused(errors))
  })

  it('names `limit` on a room history the same way', async () => {
    const { bearer } = await createUser()
    const answer = await send(api(), 'GET', `/api/rooms/messages?room=${ROOM}&limit=ten`, { headers: bearer })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual(refused({ limit: ['limit must be a whole number'] }))
  })
})

describe('a date range on the booth list', () => {
  const list = (query: string, headers: Record<string, string>) => send(api(), 'GET', `/api/tradebooth/get-details-tradebooths?${query}`, { headers })

  it('refuses date_to before date_from, naming date_to, in either wire form', async () => {
    const { bearer } = await createUser()
    for (const query of ['date_from=2026-11-25&date_to=2026-11-24', `date_from=${encodeURIComponent('25 Nov, 2026')}&date_to=2026-11-24`]) {
      const answer = await list(query, bearer)
      expect([query, answer.status]).toEqual([query, 400])
      expect(answer.body).toEqual(refused({ date_to: ['date_to must not be before date_from'] }))
    }
  })

  it('takes a one-day range and an open-ended one', async () => {
    const { bearer } = await createUser()
    for (const query of [`date_from=2026-11-24&date_to=${encodeURIComponent('24 Nov, 2026')}`, 'date_from=2026-11-25', 'date_to=2026-11-24']) {
      const answer = await list(query, bearer)
      expect([query, answer.status]).toEqual([query, 200])
    }
  })
})

describe('socket acknowledgements', () => {
  it('say what HTTP says: "Required", `body`, and whole numbers', async () => {
    const { token } = await createUser()
    const socket = await connectAs(server.url(), token)
    const invalid = (errors: Record<string, string[]>) => ({ ok: false, error: 'Invalid payload', code: 'validation', errors })
    expect(await request(socket, 'join_room', {})).toEqual(invalid({ room: ['Required'] }))
    expect(await request(socket, 'join_room', [ROOM])).toEqual(invalid({ body: ['Invalid input: expected object, received array'] }))
    expect(await request(socket, 'join_room', { room: ROOM, last_seq: 'x' })).toEqual(invalid({ last_seq: ['last_seq must be a whole number'] }))
    expect(await request(socket, 'join_room', { room: ROOM, last_seq: -1 })).toEqual(invalid({ last_seq: ['last_seq must be at least 0'] }))
  })
})
