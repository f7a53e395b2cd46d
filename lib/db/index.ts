import type { PrismaClient } from '@/lib/generated/prisma/client'
import { openDatabase, type Database } from './client'

/*
 * One database per process, on globalThis: server.ts's import graph and Next's bundle each carry
 * their own copy of this module, and PGlite allows a single instance per directory.
 */
const CURRENT = Symbol.for('vicross.database')
type Holder = typeof globalThis & { [CURRENT]?: Database }
const holder = globalThis as Holder

/** The process's database, opened from the configuration on first use. */
export function database(): Database {
  return (holder[CURRENT] ??= openDatabase())
}

/** The Prisma client of the process's database. Services import this and nothing else. */
export function db(): PrismaClient {
  return database().prisma
}

/** Makes an already open database the process's one (tests). */
export function useDatabase(opened: Database): void {
  holder[CURRENT] = opened
}

export async function closeDatabase(): Promise<void> {
  const current = holder[CURRENT]
  delete holder[CURRENT]
  if (current) await current.close()
}
