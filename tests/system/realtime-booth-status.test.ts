import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { ServerEventPayload } from '@/lib/schemas/socket-events'
import { POSTGRES_ADMIN_URL, adminQuery } from '../helpers/postgres'
import { redisServerAvailable } from '../helpers/redis-server'
import { startScaleOut, type ScaleOut } from '../helpers/scale-out'
import type { ServerProcess } from '../helpers/server-process'
import { connectAs, nextEvent } from '../helpers/sockets'
import { createUser } from '../helpers/users'

/*
 * A booth's owner hears its status changes live whichever process holds their connection: two
 * `server.ts --api-only` processes share rooms through their own redis-server; staff change the
 * status through process A's API while the owner is connected to process B.
 */

const postgresUp = await adminQuery(POSTGRES_ADMIN_URL, 'SELECT 1').then(
  () => true,
  () => false,
)
const ready = postgresUp && redisServerAvailable()
if (!ready && process.env.CI) throw new Error('The booth status scale-out test needs PostgreSQL and /usr/bin/redis-server in CI')
if (!ready) console.warn('\n  NOTICE: PostgreSQL or redis-server unavailable; the booth status scale-out test is skipped.\n')

type BoothStatusEvent = ServerEventPayload<'booth_status'>

let cluster: ScaleOut | undefined
let a: ServerProcess | undefined
let b: ServerProcess | undefined

beforeAll(async () => {
  if (!ready) return
  cluster = await startScaleOut()
  ;({ a, b } = cluster)
})

afterAll(async () => {
  // Whatever failed above, nothing is left running and the database goes.
  await cluster?.stop()
})

async function review(server: ServerProcess, token: string, boothId: string, body: unknown) {
  const answer = await fetch(`${server.url}/api/tradebooth/status?id=${boothId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  return answer.status
}

describe.skipIf(!ready)('booth_status across two processes (Redis adapter)', () => {
  it('reaches the owner connected to B when staff change the status through A; another user hears nothing', async () => {
    const [owner, staff, stranger] = await Promise.all([createUser(), createUser({ role: 'staff' }), createUser()])
    const tag = randomBytes(4).toString('hex')
    const company = await db().company.create({ data: { name: `Live ${tag}`, nameKey: `live ${tag}`, ownerId: owner.user.id }, select: { id: true } })
    const startsAt = new Date(Date.UTC(2026, 10, 24, 9, 30))
    const booth = await db().tradeBooth.create({
      data: {
        companyId: company.id,
        title: 'Live booth',
        date: new Date(Date.UTC(2026, 10, 24)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        location: 'Hall L',
      },
      select: { id: true },
    })

    const ownerOnB = await connectAs(b!.url, owner.token)
    const overheard: unknown[] = []
    for (const server of [a!, b!]) (await connectAs(server.url, stranger.token)).on('booth_status', (event: unknown) => overheard.push(event))

    const accepted = nextEvent<BoothStatusEvent>(ownerOnB, 'booth_status')
    expect(await review(a!, staff.token, booth.id, { status: 'accepted' })).toBe(200)
    expect(await accepted).toEqual({ booth_id: booth.id, name: 'Live booth', status: 'accepted', reason: null, changed_at: expect.any(String) })

    const rejected = nextEvent<BoothStatusEvent>(ownerOnB, 'booth_status')
    expect(await review(a!, staff.token, booth.id, { status: 'rejected', reason: 'Hall L is closed' })).toBe(200)
    expect(await rejected).toMatchObject({ booth_id: booth.id, status: 'rejected', reason: 'Hall L is closed' })

    // Delivered to the owner twice through Redis by now; the strangers (one on each process) heard nothing.
    expect(overheard).toEqual([])
  })
})
