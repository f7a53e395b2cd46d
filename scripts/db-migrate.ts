// npm run db:migrate: applies pending migrations to the configured database (DATABASE_URL, or the
// embedded PGlite in PGLITE_DIR), as `prisma migrate deploy` would.
import { loadEnvFiles } from '@/lib/config/env-files'
import { openDatabase } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/schema-engine'

loadEnvFiles()
try {
  const database = openDatabase()
  const applied = await applyMigrations(database.migrationAdapter())
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : `The ${database.kind} database is up to date.`)
  await database.close()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
