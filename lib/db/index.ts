import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { openDatabase, type Database } from './client'

/*
 * One database per process, a process singleton: server.ts's import graph and Next's bundle each
 * carry their own copy of this module, and PGlite allows a single instance per directory.
 */
const current = processSingleton('database', openDatabase)

/** The process's database, opened from the configuration on first use. */
export function database(): Database {
  return current.get()
}

/** The Prisma client of the process's database. Services import this and nothing else. */
export function db(): PrismaClient {
  return database().prisma
}

/** The rows of one typed SQL statement, below Prisma (Database.rows): for the hottest reads only. */
export function sqlRows<T>(query: Prisma.Sql): Promise<T[]> {
  return database().rows<T>(query)
}

/** Makes an already open database the process's one (tests). */
export function useDatabase(opened: Database): void {
  current.set(opened)
}

export async function closeDatabase(): Promise<void> {
  const closing = current.clear()
  if (closing) await closing.close()
}
