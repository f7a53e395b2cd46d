import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { PrismaPg } from '@prisma/adapter-pg'
import { applyMigrations } from '@/lib/db/schema-engine'
import { POSTGRES_ADMIN_URL, adminQuery, databaseUrl } from '../helpers/postgres'

/**
 * Creates a migrated template database for this run; each test file clones it
 * (CREATE DATABASE … TEMPLATE) and every database of the run is dropped at the end.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex')
  project.provide('runId', runId)
  project.provide('postgresAdminUrl', POSTGRES_ADMIN_URL)
  try {
    await adminQuery(POSTGRES_ADMIN_URL, 'SELECT 1')
  } catch (error) {
    if (process.env.CI) throw new Error(`PostgreSQL is required in CI but unreachable at ${POSTGRES_ADMIN_URL}: ${(error as Error).message}`)
    console.warn(`\n  NOTICE: PostgreSQL unreachable at ${POSTGRES_ADMIN_URL}; the postgres project's tests are skipped.\n`)
    project.provide('postgresTemplate', '')
    return
  }
  const template = `vicross_test_${runId}_template`
  await adminQuery(POSTGRES_ADMIN_URL, `CREATE DATABASE ${template}`)
  const pool = new pg.Pool({ connectionString: databaseUrl(POSTGRES_ADMIN_URL, template) })
  await applyMigrations(new PrismaPg(pool))
  await pool.end()
  project.provide('postgresTemplate', template)

  return async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
    await client.connect()
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`vicross_test_${runId}_%`])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
    await client.end()
  }
}
