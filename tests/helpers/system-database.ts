import { randomBytes } from 'node:crypto'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { signAccessToken } from '@/lib/auth/access-token'
import { openDatabase } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/schema-engine'
import type { Role } from '@/lib/generated/prisma/enums'
import { adminQuery, assertTestDatabaseName, databaseUrl } from './postgres'

/*
 * For tests that start server.ts as a process: a migrated PostgreSQL database of their own (the
 * production server does not migrate), and users with bearer tokens signed with the same
 * AUTH_SECRET the child inherits from the test environment.
 */
export interface SystemDatabase {
  url: string
  drop(): Promise<void>
}

export async function createMigratedDatabase(adminUrl: string): Promise<SystemDatabase> {
  const name = `vicross_test_sys_${randomBytes(4).toString('hex')}`
  assertTestDatabaseName(name)
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`)
  const url = databaseUrl(adminUrl, name)
  const pool = new pg.Pool({ connectionString: url })
  try {
    await applyMigrations(new PrismaPg(pool))
  } finally {
    await pool.end()
  }
  return { url, drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {}) }
}

export interface SeededUser {
  id: string
  token: string
  authorization: string
}

/** `count` verified, active users of `role`, each with a 15-minute access token. */
export async function seedUsers(url: string, count: number, role: Role = 'user'): Promise<SeededUser[]> {
  const database = openDatabase({ kind: 'postgres', url })
  try {
    const tag = randomBytes(3).toString('hex')
    const users = []
    for (let i = 0; i < count; i++) {
      const user = await database.prisma.user.create({
        data: { email: `${role}-${tag}-${i}@example.com`, name: `${role} ${i}`, role, emailVerified: new Date() },
        select: { id: true, role: true, sessionVersion: true },
      })
      const token = await signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion })
      users.push({ id: user.id, token, authorization: `Bearer ${token}` })
    }
    return users
  } finally {
    await database.close()
  }
}
