import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { config } from '@/lib/config'
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client'
import { logger } from '@/lib/log/logger'
import { createPglite, pgliteMigrationAdapter } from './pglite'
import { lockPgliteDir } from './pglite-lock'

export type DatabaseKind = 'postgres' | 'pglite'

/** An open database: the Prisma client plus what is needed to migrate and close it. */
export interface Database {
  kind: DatabaseKind
  prisma: PrismaClient
  /** One round trip, below Prisma: readiness checks measure the database, not the ORM. */
  ping(): Promise<void>
  /**
   * The rows of one statement (`Prisma.sql`), below Prisma: the hot lists' typed SQL, where
   * Prisma's per-query work was most of a request's CPU. Values come as the driver parses them
   * (timestamptz → Date, uuid/enum/text → string); cast anything else in the SQL (`::int`, `::text`).
   */
  rows<T>(query: Prisma.Sql): Promise<T[]>
  /** A fresh adapter factory over the same connection, for the schema engine. */
  migrationAdapter(): SqlMigrationAwareDriverAdapterFactory
  close(): Promise<void>
}

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir?: string; instance?: PGlite }

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite directory. */
export function configuredTarget(): DatabaseTarget {
  const { DATABASE_URL, PGLITE_DIR } = config()
  return DATABASE_URL ? { kind: 'postgres', url: DATABASE_URL } : { kind: 'pglite', dir: PGLITE_DIR }
}

/** Opens synchronously; PGlite finishes starting in the background and queries wait for it. */
export function openDatabase(target: DatabaseTarget = configuredTarget()): Database {
  return target.kind === 'postgres' ? openPostgres(target.url) : openPglite(target)
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: config().DATABASE_POOL_SIZE,
    // Never wait forever for a database that is down: fail fast and answer 503.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // No JIT: its compile time (hundreds of ms) dwarfs the short statements an API sends; it only
    // kicks in on plans PostgreSQL guesses are costly, such as a deep offset page (measured at
    // 100k booths: 334 of 558 ms).
    options: '-c jit=off',
  })
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', (error) => logger().warn({ err: error.message }, 'database connection lost'))
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) })
  return {
    kind: 'postgres',
    prisma,
    ping: async () => void (await pool.query('SELECT 1')),
    rows: async <T>(query: Prisma.Sql) => (await pool.query(query.text, query.values)).rows as T[],
    migrationAdapter: () => new PrismaPg(pool),
    async close() {
      await prisma.$disconnect()
      if (!pool.ended) await pool.end()
    },
  }
}

function openPglite(target: { dir?: string; instance?: PGlite }): Database {
  let release = () => {}
  let instance = target.instance
  if (!instance) {
    const dir = target.dir ?? config().PGLITE_DIR
    mkdirSync(dir, { recursive: true })
    release = lockPgliteDir(dir)
    instance = createPglite(dir)
  }
  const pglite = instance
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) })
  return {
    kind: 'pglite',
    prisma,
    ping: async () => void (await pglite.query('SELECT 1')),
    rows: async <T>(query: Prisma.Sql) => (await pglite.query<T>(query.text, query.values)).rows,
    migrationAdapter: () => pgliteMigrationAdapter(pglite),
    async close() {
      await prisma.$disconnect()
      if (!pglite.closed) await pglite.close()
      release()
    },
  }
}
