import { afterEach, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { database, useDatabase } from '@/lib/db'
import { openDatabase } from '@/lib/db/client'
import { markShuttingDown, resetLifecycle } from '@/lib/runtime/lifecycle'
import { send } from '../helpers/http'
import { testDatabaseKind } from '../helpers/test-database'

type Readiness = { ready: boolean; database: string; database_kind: string; shutting_down: boolean }

describe('GET /api/health', () => {
  afterEach(() => resetLifecycle())

  it('answers 200 after a database round trip', async () => {
    const answer = await send<Readiness>(api(), 'GET', '/api/health')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ status: 200, data: { ready: true, database: 'up', database_kind: testDatabaseKind() } })
  })

  it('answers 503 once shutdown has begun, so a load balancer stops sending traffic', async () => {
    markShuttingDown()
    const answer = await send<Readiness>(api(), 'GET', '/api/health')
    expect(answer.status).toBe(503)
    expect(answer.body).toMatchObject({ status: 503, message: 'Shutting down', data: { ready: false, shutting_down: true } })
  })

  it('answers 503 with the envelope, not a hang, when the database is unreachable', async () => {
    const real = database()
    // A port nothing listens on: connecting fails at once.
    const unreachable = openDatabase({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' })
    useDatabase(unreachable)
    try {
      const started = Date.now()
      const answer = await send<Readiness>(api(), 'GET', '/api/health')
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('5')
      expect(answer.body).toMatchObject({ status: 503, message: 'Database unreachable', data: { ready: false, database: 'down' } })
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      useDatabase(real)
      await unreachable.close()
    }
  })
})
