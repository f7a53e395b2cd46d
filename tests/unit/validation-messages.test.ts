import { describe, expect, it } from 'vitest'
import { z } from '@hono/zod-openapi'
import { fieldErrors } from '@/lib/errors'
import { loginSchema } from '@/lib/schemas/auth'
import { DATE_RANGE_MESSAGE, listBoothsQuerySchema } from '@/lib/schemas/booths'
import { listQuery } from '@/lib/schemas/list-query'
import { createRoomBodySchema, muteEventSchema } from '@/lib/schemas/rooms'
import { REQUIRED_MESSAGE, fieldLabel } from '@/lib/schemas/validation-messages'

// The API's wording of validation failures (lib/schemas/validation-messages.ts), as every caller reads it.
const errorsOf = (schema: z.ZodType, value: unknown, root?: Parameters<typeof fieldErrors>[1]) => {
  const result = schema.safeParse(value)
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`)
  return fieldErrors(result.error, root)
}

describe('fieldLabel', () => {
  it.each([
    [[], undefined],
    [['page'], 'page'],
    [['booth', 'title'], 'booth.title'],
    [['items', 0, 'name'], 'items[0].name'],
  ])('%j → %s', (path, label) => expect(fieldLabel(path)).toBe(label))
})

describe('validation messages', () => {
  it('a missing field says "Required"; a nested one names itself', () => {
    expect(errorsOf(loginSchema, {})).toEqual({ email: [REQUIRED_MESSAGE], password: [REQUIRED_MESSAGE] })
    expect(errorsOf(z.object({ status: z.enum(['a', 'b']) }), {})).toEqual({ status: [REQUIRED_MESSAGE] })
    expect(errorsOf(z.object({ owner: z.object({ id: z.string() }) }), { owner: {} })).toEqual({ owner: ['owner.id is required'] })
  })

  it("a schema's own message still wins", () => {
    expect(errorsOf(createRoomBodySchema, { name: '  ' })).toEqual({ name: ['Name is required'] })
    expect(errorsOf(loginSchema, { email: 'a@example.com', password: '' })).toEqual({ password: ['Enter your password'] })
  })

  it('a number in a query names itself and its bounds', () => {
    const query = listQuery(['created_at'], '-created_at')
    expect(errorsOf(query, { page: 'abc', page_size: '2.5' })).toEqual({
      page: ['page must be a whole number'],
      page_size: ['page_size must be a whole number'],
    })
    expect(errorsOf(query, { page: '0', page_size: '101' })).toEqual({ page: ['page must be at least 1'], page_size: ['page_size must be at most 100'] })
  })

  it('a number in a socket payload too; a non-integer number says "a number"', () => {
    const room = '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c'
    expect(errorsOf(muteEventSchema, { room, user_id: room, minutes: '5' })).toEqual({ minutes: ['minutes must be a whole number'] })
    expect(errorsOf(z.object({ ratio: z.number().positive() }), { ratio: 'x' })).toEqual({ ratio: ['ratio must be a number'] })
    expect(errorsOf(z.object({ ratio: z.number().positive() }), { ratio: 0 })).toEqual({ ratio: ['ratio must be greater than 0'] })
    expect(errorsOf(z.int().max(3), 4.5)).toEqual({ body: ['Must be a whole number'] })
  })

  it('a date range ending before it starts names date_to', () => {
    expect(errorsOf(listBoothsQuerySchema, { date_from: '2026-11-25', date_to: '24 Nov, 2026' })).toEqual({ date_to: [DATE_RANGE_MESSAGE] })
    expect(listBoothsQuerySchema.safeParse({ date_from: '2026-11-24', date_to: '2026-11-24' }).success).toBe(true)
  })
})

describe('fieldErrors', () => {
  it('puts failures about the whole payload under `body`, or the key it is given', () => {
    expect(errorsOf(loginSchema, [])).toEqual({ body: ['Invalid input: expected object, received array'] })
    expect(errorsOf(z.strictObject({ name: z.string() }), { name: 'x', role: 'admin' }, 'query')).toEqual({ query: ['Unrecognized key: "role"'] })
  })
})
