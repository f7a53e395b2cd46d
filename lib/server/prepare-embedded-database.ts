import type { Logger } from 'pino'
import { config } from '@/lib/config'
import { database } from '@/lib/db'
import { applyMigrations } from '@/lib/db/schema-engine'
import { seedDemoData } from '@/lib/seed/demo-data'
import { describeFirstAdmin, ensureFirstAdmin } from '@/lib/seed/ensure-first-admin'

/**
 * The embedded database belongs to this process alone, so the server keeps it ready itself:
 * pending migrations applied, and on a brand-new database the first admin and a small demo show.
 */
export async function prepareEmbeddedDatabase(log: Logger): Promise<void> {
  const applied = await applyMigrations(database().migrationAdapter())
  if (applied.length) log.info({ applied }, 'applied migrations to the embedded database')
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
