import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'

interface ScriptRunner {
  executeScript(script: string): Promise<void>
}

/**
 * `adapter` running each migration script as one simple-protocol query (one implicit transaction),
 * as Prisma's native engine does. @prisma/adapter-pg's executeScript splits scripts on every `;`,
 * which breaks a function body, a DO block or a comment holding one; PostgreSQL's own parser knows
 * where statements end (dollar quotes, strings, comments). Only for node-postgres (a Pool or a
 * client): PGlite's adapter already runs scripts whole.
 */
export function runScriptsWhole<T extends ScriptRunner>(adapter: T): T {
  const runner = (adapter as unknown as { underlyingDriver(): { query(text: string): Promise<unknown> } }).underlyingDriver()
  adapter.executeScript = async (script: string) => {
    try {
      await runner.query(script)
    } catch (error) {
      // The adapter's own mapping of a driver error to Prisma's (it throws).
      ;(adapter as unknown as { onError(error: unknown): never }).onError(error)
    }
  }
  return adapter
}

/** The schema engine's adapter factory: a @prisma/adapter-pg factory gets whole-script execution, others pass. */
export function withWholeScripts(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  if (factory.adapterName !== '@prisma/adapter-pg') return factory
  const connect = factory.connect.bind(factory)
  const connectToShadowDb = factory.connectToShadowDb.bind(factory)
  return Object.assign(Object.create(factory) as SqlMigrationAwareDriverAdapterFactory, {
    connect: async () => runScriptsWhole(await connect()),
    connectToShadowDb: async () => runScriptsWhole(await connectToShadowDb()),
  })
}
