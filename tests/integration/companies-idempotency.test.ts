import { describe, expect, it, vi } from 'vitest'
import { api, createApiShell } from '@/lib/api/app'
import { envelope } from '@/lib/api/envelope'
import { idempotent } from '@/lib/api/middleware/idempotency'
import { requireUser } from '@/lib/api/middleware/require-user'
import { db } from '@/lib/db'
import type { CompanyJson } from '@/lib/schemas/companies'
import { IDEMPOTENCY_TTL_MS, purgeExpiredIdempotencyKeys } from '@/lib/services/idempotency/idempotency-keys'
import { scheduleHousekeeping } from '@/lib/services/housekeeping'
import { uniqueCompanyName } from '../helpers/companies'
import { send } from '../helpers/http'
import { JPEG_3X2, pngBytes } from '../helpers/images'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

type Fields = Parameters<typeof form>[0]
// A new FormData (and so a new multipart boundary) per request, as a real retry would send.
const create = (headers: Record<string, string>, key: string | undefined, fields: Fields) =>
  send<CompanyJson>(api(), 'POST', '/api/company/create-company', {
    headers: { ...headers, ...(key === undefined ? {} : { 'idempotency-key': key }) },
    body: form(fields),
  })
const countNamed = (name: string) => db().company.count({ where: { name } })
let keys = 0
const newKey = () => `key-${Date.now()}-${++keys}`

describe('Idempotency-Key on create-company', () => {
  it('a retry with the same key and request answers the first response and creates nothing', async () => {
    const { user, bearer } = await createUser()
    const key = newKey()
    const fields = { name: uniqueCompanyName('Retry'), size: '11-50', image: { bytes: pngBytes(), name: 'logo.png' } }
    const first = await create(bearer, key, fields)
    expect(first.status).toBe(201)
    expect(first.headers.get('idempotent-replayed')).toBeNull()
    const again = await create(bearer, key, fields)
    expect(again.status).toBe(201)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(again.body).toEqual(first.body)
    expect(await countNamed(fields.name)).toBe(1)
    expect(await db().storedFile.count({ where: { ownerId: user.id } })).toBe(1)
    const row = await db().idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId: user.id, key } } })
    expect(row).toMatchObject({ method: 'POST', path: '/api/company/create-company', status: 201, requestHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  it('the same key with another body, another file or no file answers 422', async () => {
    const { bearer } = await createUser()
    const key = newKey()
    const name = uniqueCompanyName('Mismatch')
    expect((await create(bearer, key, { name, image: { bytes: pngBytes(), name: 'a.png' } })).status).toBe(201)
    const others: Fields[] = [{ name: `${name} 2`, image: { bytes: pngBytes(), name: 'a.png' } }, { name, image: { bytes: JPEG_3X2, name: 'a.png' } }, { name }]
    for (const fields of others) {
      const answer = await create(bearer, key, fields)
      expect(answer.status).toBe(422)
      expect(answer.body).toMatchObject({ status: 422, data: null, errors: { 'Idempotency-Key': [expect.any(String)] } })
    }
    expect(await countNamed(`${name} 2`)).toBe(0)
  })

  it('keys belong to their user: another user’s identical key runs its own request', async () => {
    const alice = await createUser()
    const bob = await createUser()
    const key = newKey()
    const a = await create(alice.bearer, key, { name: uniqueCompanyName('Alice') })
    const b = await create(bob.bearer, key, { name: uniqueCompanyName('Bob') })
    expect([a.status, b.status]).toEqual([201, 201])
    expect(b.headers.get('idempotent-replayed')).toBeNull()
    expect(b.body.data.owner_id).toBe(bob.user.id)
  })

  it('concurrent duplicates create one company; the others answer 409 in progress or the replay', async () => {
    const { bearer } = await createUser()
    const key = newKey()
    const fields = { name: uniqueCompanyName('Concurrent'), image: { bytes: pngBytes(), name: 'logo.png' } }
    const answers = await Promise.all(Array.from({ length: 5 }, () => create(bearer, key, fields)))
    expect(await countNamed(fields.name)).toBe(1)
    const created = answers.filter((answer) => answer.status === 201)
    expect(created.length).toBeGreaterThanOrEqual(1)
    expect(new Set(created.map((answer) => answer.body.data.id)).size).toBe(1)
    for (const answer of answers.filter((answer) => answer.status !== 201)) {
      expect(answer.status).toBe(409)
      expect(answer.headers.get('retry-after')).toBe('1')
      expect(answer.body.message).toMatch(/in progress/)
    }
    const retry = await create(bearer, key, fields)
    expect([retry.status, retry.body.data.id, retry.headers.get('idempotent-replayed')]).toEqual([201, created[0]!.body.data.id, 'true'])
  })

  it('stores only 2xx answers: a failed request can be retried with its key', async () => {
    const { bearer } = await createUser()
    const taken = uniqueCompanyName('Taken')
    await create(bearer, undefined, { name: taken })
    const key = newKey()
    expect((await create(bearer, key, { name: taken.toUpperCase() })).status).toBe(409)
    const again = await create(bearer, key, { name: taken.toUpperCase() })
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([409, null])

    const fixable = newKey()
    expect((await create(bearer, fixable, { name: '' })).status).toBe(400)
    const fixed = await create(bearer, fixable, { name: uniqueCompanyName('Fixed') })
    expect(fixed.status).toBe(201)
  })

  it('refuses a malformed key with 400', async () => {
    const { bearer } = await createUser()
    for (const key of ['', 'k'.repeat(256), 'has space', 'clé']) {
      const answer = await send(api(), 'POST', '/api/company/create-company', {
        headers: { ...bearer, 'idempotency-key': key },
        body: form({ name: uniqueCompanyName() }),
      })
      expect([JSON.stringify(key).slice(0, 20), answer.status]).toEqual([JSON.stringify(key).slice(0, 20), 400])
      expect(answer.body.errors).toHaveProperty('Idempotency-Key')
    }
    const longest = await create(bearer, 'k'.repeat(255), { name: uniqueCompanyName() })
    expect(longest.status).toBe(201)
  })

  it('refuses a keyed body over the limit with 413 before reading it, claiming nothing', async () => {
    const { user, bearer } = await createUser()
    const answer = await send(api(), 'POST', '/api/company/create-company', {
      headers: { ...bearer, 'idempotency-key': newKey(), 'content-type': 'multipart/form-data; boundary=x', 'content-length': '999999999' },
      body: '--x--',
    })
    expect(answer.body).toMatchObject({ status: 413, data: null })
    expect(await db().idempotencyKey.count({ where: { userId: user.id } })).toBe(0)
  })

  it('a key expires after 24 h, and an abandoned "in progress" claim after a few minutes', async () => {
    const { user, bearer } = await createUser()
    const key = newKey()
    await create(bearer, key, { name: uniqueCompanyName('Old') })
    await db().idempotencyKey.update({ where: { userId_key: { userId: user.id, key } }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } })
    const reused = await create(bearer, key, { name: uniqueCompanyName('New') })
    expect([reused.status, reused.headers.get('idempotent-replayed')]).toEqual([201, null])

    const abandoned = newKey()
    await db().idempotencyKey.create({
      data: {
        userId: user.id,
        key: abandoned,
        method: 'POST',
        path: '/api/company/create-company',
        requestHash: 'x',
        status: 0,
        responseBody: {},
        createdAt: new Date(Date.now() - 10 * 60_000),
      },
    })
    expect((await create(bearer, abandoned, { name: uniqueCompanyName('Taken over') })).status).toBe(201)
  })
})

describe('purging expired keys', () => {
  const keyRow = (userId: string, key: string, ageMs: number) => ({
    userId,
    key,
    method: 'POST',
    path: '/api/company/create-company',
    requestHash: 'x',
    status: 201,
    responseBody: {},
    createdAt: new Date(Date.now() - ageMs),
  })
  const keysOf = async (...userIds: string[]) =>
    (await db().idempotencyKey.findMany({ where: { userId: { in: userIds } }, select: { key: true }, orderBy: { key: 'asc' } })).map((row) => row.key)

  it('deletes every user’s expired keys, not only the caller’s, and keeps the fresh ones', async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()])
    await db().idempotencyKey.createMany({
      data: [
        keyRow(alice.user.id, 'expired-a', IDEMPOTENCY_TTL_MS + 60_000),
        keyRow(bob.user.id, 'expired-b', IDEMPOTENCY_TTL_MS + 60_000),
        keyRow(alice.user.id, 'fresh', IDEMPOTENCY_TTL_MS - 60_000),
      ],
    })
    expect(await purgeExpiredIdempotencyKeys()).toBeGreaterThanOrEqual(2)
    expect(await keysOf(alice.user.id, bob.user.id)).toEqual(['fresh'])
  })

  it('the server’s schedule purges at once and then every interval, until stopped', async () => {
    const { user } = await createUser()
    await db().idempotencyKey.create({ data: keyRow(user.id, 'expired-1', IDEMPOTENCY_TTL_MS + 60_000) })
    const stop = scheduleHousekeeping(50)
    try {
      await vi.waitFor(async () => expect(await keysOf(user.id)).toEqual([]))
      await db().idempotencyKey.create({ data: keyRow(user.id, 'expired-2', IDEMPOTENCY_TTL_MS + 60_000) })
      await vi.waitFor(async () => expect(await keysOf(user.id)).toEqual([]))
    } finally {
      await stop()
    }
    await db().idempotencyKey.create({ data: keyRow(user.id, 'expired-3', IDEMPOTENCY_TTL_MS + 60_000) })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await keysOf(user.id)).toEqual(['expired-3'])
  })
})

describe('the idempotent() middleware on a JSON route', () => {
  it('hashes the raw body and stores the first answer', async () => {
    let runs = 0
    const app = createApiShell()
    app.post('/echo', requireUser, idempotent(), async (c) => c.json(envelope(201, 'made', { run: ++runs, body: (await c.req.json()) as unknown }), 201))
    const { bearer } = await createUser()
    const post = (json: unknown) => send<{ run: number }>(app, 'POST', '/api/echo', { headers: { ...bearer, 'idempotency-key': 'json-key' }, json })
    expect((await post({ a: 1 })).body.data.run).toBe(1)
    const replay = await post({ a: 1 })
    expect([replay.status, replay.body.data.run, replay.headers.get('idempotent-replayed')]).toEqual([201, 1, 'true'])
    expect((await post({ a: 2 })).status).toBe(422)
    expect(runs).toBe(1)
  })
})

describe('rate limit on creates', () => {
  it('allows 60 creates a minute per user, then 429 with Retry-After and RateLimit headers', async () => {
    const { bearer } = await createUser()
    const other = await createUser()
    // Invalid bodies are cheap and still count: the limit is taken before the body is read.
    for (let i = 0; i < 60; i++) {
      const answer = await create(bearer, undefined, { location: 'no name' })
      expect(answer.status).toBe(400)
      if (i === 0) expect(answer.headers.get('ratelimit')).toBe('limit=60, remaining=59, reset=60')
    }
    const refused = await create(bearer, undefined, { name: uniqueCompanyName() })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('ratelimit')).toMatch(/^limit=60, remaining=0, reset=\d+$/)
    expect((await create(other.bearer, undefined, { name: uniqueCompanyName() })).status).toBe(201)
  })
})
