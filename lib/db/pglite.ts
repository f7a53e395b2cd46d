import { PGlite, type PGliteOptions } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaPGlite } from 'pglite-prisma-adapter'

/**
 * The PostgreSQL extensions every embedded database loads, because the migrations use them
 * (pg_trgm: the trigram indexes of the users search). PGlite ships them but loads only those it is
 * given; a database created with one cannot be opened without it. Open PGlite only through here.
 */
export const pgliteExtensions = { pg_trgm }

/** A PGlite instance (a directory, or in memory when `dataDir` is omitted) with the project's extensions. */
export function createPglite(dataDir?: string, options: PGliteOptions = {}): PGlite {
  // One options object: `new PGlite(undefined, options)` would ignore the options.
  return new PGlite({ ...options, ...(dataDir !== undefined && { dataDir }), extensions: { ...pgliteExtensions, ...options.extensions } })
}

/**
 * The schema engine's adapter over an instance. The adapter's own shadow database (where a diff
 * replays the migrations) would be a bare PGlite without the extensions; this one has them.
 */
export function pgliteMigrationAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite)
  factory.connectToShadowDb = () => new PrismaPGlite(createPglite('memory://shadow')).connect()
  return factory
}
