// npm run db:seed [-- --demo]: creates the first admin if there is none (ADMIN_EMAIL/ADMIN_PASSWORD,
// or a generated password printed once); --demo adds a small show (companies, booths, rooms, messages).
import { parseArgs } from 'node:util'
import { loadEnvFiles } from '@/lib/config/env-files'
import { closeDatabase } from '@/lib/db'
import { describeFirstAdmin, ensureFirstAdmin } from '@/lib/seed/ensure-first-admin'
import { seedDemoData } from '@/lib/seed/demo-data'

loadEnvFiles()
const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false } } })
try {
  console.log(describeFirstAdmin(await ensureFirstAdmin()) ?? 'An admin already exists; nothing to do.')
  if (values.demo) {
    const demo = await seedDemoData()
    console.log(
      demo.skipped
        ? 'Demo data skipped: companies already exist.'
        : `Demo data: ${demo.companies} companies, ${demo.booths} booths, ${demo.messages} messages.`,
    )
  }
  await closeDatabase()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
