import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { inject } from 'vitest'
import { openDatabase, type Database } from '@/lib/db/client'
import { pgliteExtensions } from '@/lib/db/pglite'
import { adminQuery, assertTestDatabaseName, databaseUrl } from './postgres'

export type TestDatabaseKind = 'pglite' | 'postgres'
export const testDatabaseKind = (): TestDatabaseKind => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite')

/** True when this project's database cannot run here (PostgreSQL unreachable outside CI). */
export const databaseUnavailable = () => testDatabaseKind() === 'postgres' && !inject('postgresTemplate')

export interface TestDatabase {
  database: Database
  drop(): Promise<void>
}

/** A fresh, migrated database of the project's kind: a clone of the run's template. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true
  if (testDatabaseKind() === 'pglite') {
    const pglite = migrated
      ? await PGlite.create({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]), extensions: pgliteExtensions })
      : await PGlite.create({ extensions: pgliteExtensions })
    const database = openDatabase({ kind: 'pglite', instance: pglite })
    return { database, drop: () => database.close() }
  }
  const adminUrl = inject('postgresAdminUrl')
  const name = `vicross_test_${inject('runId')}_${randomBytes(4).toString('hex')}`
  assertTestDatabaseName(name)
  await adminQuery(adminUrl, migrated ? `CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}` : `CREATE DATABASE ${name}`)
  const database = openDatabase({ kind: 'postgres', url: databaseUrl(adminUrl, name) })
  return {
    database,
    async drop() {
      await database.close()
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}
