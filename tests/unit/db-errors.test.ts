import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from '@/lib/db/errors'

// The shapes seen while PostgreSQL restarts under load (tests/system/faults-postgres-restart.test.ts):
// each must map to a 503, never a 500.
describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused connection (Prisma P1001)', { code: 'P1001', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }],
    [
      'recovering after a crash (P2039 wrapping 57P03)',
      {
        code: 'P2039',
        meta: {
          driverAdapterError: {
            name: 'DriverAdapterError',
            cause: { kind: 'postgres', code: '57P03', originalMessage: 'the database system is not yet accepting connections' },
          },
        },
      },
    ],
    ['sessions terminated by a fast shutdown (57P01)', { code: 'P2039', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } } }],
    ['a broken pooled client', new Error('Client has encountered a connection error and is not queryable')],
    ['a connection cut mid-query', new Error('Connection terminated unexpectedly')],
    ['a driver adapter error kind', { name: 'DriverAdapterError', cause: { kind: 'ConnectionClosed' } }],
  ])('%s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true))

  it.each([
    ['a unique violation', { code: 'P2002' }],
    ['a constraint error from the driver', { code: 'P2039', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '23514' } } } }],
    ['a plain bug', new TypeError('x is undefined')],
  ])('not %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false))
})
