import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'

async function violationOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected the statement to fail')
}

describe('database error recognition', () => {
  it('recognises a unique violation from a raw statement as well as from the query builder', async () => {
    const room = await db().room.create({ data: { name: 'Unique violations' } })
    await db().room.update({ where: { id: room.id }, data: { lastSeq: 1 } })
    await db().message.create({ data: { roomId: room.id, seq: 1, body: 'first' } })
    const fromBuilder = await violationOf(() => db().message.create({ data: { roomId: room.id, seq: 1, body: 'again' } }))
    const fromRaw = await violationOf(
      () => db().$queryRaw`INSERT INTO messages (id, room_id, seq, body) VALUES (gen_random_uuid(), ${room.id}::uuid, 1, 'raw') RETURNING id`,
    )
    expect(isUniqueViolation(fromBuilder)).toBe(true)
    expect(isUniqueViolation(fromRaw)).toBe(true)
    expect(isUniqueViolation(new Error('duplicate'))).toBe(false)
  })
})
