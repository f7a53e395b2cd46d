// The benchmark's own database on the local PostgreSQL: dropped and recreated per run, migrated
// with the project's migration code (scripts/db-migrate.ts), seeded in bulk (bench/seed.ts).
import { spawn } from 'node:child_process'
import pg from 'pg'
import { hashPassword } from '@/lib/auth/password'
import { BENCH_PASSWORD, seedDatabase, type Scale } from './seed'

export const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
/** BENCH_DATABASE names another database (a second checkout, a run beside someone else's). */
export const DATABASE = process.env.BENCH_DATABASE ?? 'vicross_bench'
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(DATABASE)) throw new Error(`BENCH_DATABASE must be a plain lower-case identifier, not ${DATABASE}`)
export const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${DATABASE}`)

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, url = ADMIN_URL): Promise<T[]> {
  const client = new pg.Client(url)
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

export const dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)

function migrate(env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:migrate exited ${code}`)))))
}

/** A fresh, migrated, seeded bench database. */
export async function prepareDatabase(scale: Scale, env: Record<string, string>): Promise<void> {
  await dropDatabase()
  await adminQuery(`CREATE DATABASE ${DATABASE}`)
  let started = performance.now()
  await migrate({ ...env, DATABASE_URL: databaseUrl })
  console.log(`  migrated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  started = performance.now()
  const hash = await hashPassword(BENCH_PASSWORD) // once: argon2 for 100k users would take hours
  await seedDatabase(databaseUrl, scale, hash)
  console.log(`  database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
