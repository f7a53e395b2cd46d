// Aliased: the React hooks lint rule takes any `use…` call for a hook.
import { closeDatabase, useDatabase as installDatabase } from '@/lib/db'
import { openDatabase } from '@/lib/db/client'
import { POSTGRES_ADMIN_URL } from './postgres'
import { startRedisServer, type TestRedisServer } from './redis-server'
import { startServerProcess, type ServerProcess } from './server-process'
import { createMigratedDatabase, type SystemDatabase } from './system-database'

export interface ScaleOut {
  a: ServerProcess
  b: ServerProcess
  redis: TestRedisServer
  /** Stops both processes and Redis, closes and drops the database; prints the processes' output if it holds a crash. */
  stop(): Promise<void>
}

/**
 * Two `server.ts --api-only` processes sharing rooms through a redis-server of their own, on a
 * migrated PostgreSQL database of their own, which this test process's `db()` uses too (to arrange
 * records and check what was stored). Whatever fails while starting, what did start is stopped.
 */
export async function startScaleOut(): Promise<ScaleOut> {
  let database: SystemDatabase | undefined
  let redis: TestRedisServer | undefined
  let servers: ServerProcess[] = []
  const stop = async () => {
    const outputs = servers.map((server) => server.output())
    await Promise.all([...servers.map((server) => server.stop()), redis?.stop()])
    await closeDatabase().catch(() => {})
    await database?.drop()
    if (outputs.some((output) => /FATAL|unhandled|uncaught/i.test(output))) console.error(outputs.join('\n----\n'))
  }
  try {
    database = await createMigratedDatabase(POSTGRES_ADMIN_URL)
    installDatabase(openDatabase({ kind: 'postgres', url: database.url }))
    redis = await startRedisServer()
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      AUTH_SECRET: process.env.AUTH_SECRET,
      APP_URL: process.env.APP_URL,
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '4',
    }
    const started = await Promise.allSettled([startServerProcess({ env, args: ['--api-only'] }), startServerProcess({ env, args: ['--api-only'] })])
    servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
    const failed = started.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    return { a: servers[0]!, b: servers[1]!, redis, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
