import type { Logger } from 'pino'
import { config } from '@/lib/config'
import { database } from '@/lib/db'
import { applyMigrations } from '@/lib/db/schema-engine'
import { seedDemoData } from '@/lib/seed/demo-data'
import { describeFirstAdmin, ensureFirstAdmin } from '@/lib/seed/ensure-first-admin'

/**
 * Keeps a local database ready without extra commands: pending migrations applied, and on a
 * brand-new database the first admin and a small demo show. server.ts does this for the embedded
 * database (it belongs to the server alone) and in development; production PostgreSQL deployments
 * run `npm run db:migrate` and `npm run db:seed` themselves.
 */
export async function prepareDatabase(log: Logger): Promise<void> {
  const applied = await applyMigrations(database().migrationAdapter())
  if (applied.length) log.info({ applied, database: database().kind }, 'applied migrations')
  const admin = await ensureFirstAdmin()
  const line = describeFirstAdmin(admin)
  if (!line) return
  // Printed, not logged: the generated password must reach the person starting the server, and only once.
  console.log(`\n  ${line}\n`)
  if (config().SEED_DEMO) {
    const demo = await seedDemoData()
    if (!demo.skipped) log.info(demo, 'added demo data')
  }
}
