import { afterAll, beforeAll, beforeEach } from 'vitest'
import { closeDatabase, useDatabase } from '@/lib/db'
import { createTestDatabase, databaseUnavailable, type TestDatabase } from '../helpers/test-database'

// Every integration test file gets its own freshly migrated database, made the process's database.
let current: TestDatabase | undefined

beforeAll(async () => {
  if (databaseUnavailable()) return
  current = await createTestDatabase()
  useDatabase(current.database)
})

afterAll(async () => {
  await closeDatabase().catch(() => {})
  await current?.drop()
})

// Outside CI an unreachable PostgreSQL skips the postgres project (global setup printed a notice).
beforeEach((context) => {
  if (databaseUnavailable()) context.skip()
})
