// npm run db:migration -- --name <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// for whatever schema.prisma changed since the last migration. Needs no database server: the diff
// runs against an in-memory PGlite. --dir and --schema point elsewhere (used by the drift test).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { LOCKFILE_CONTENT, MIGRATIONS_DIR } from '@/lib/db/migration-files'
import { createPglite, pgliteMigrationAdapter } from '@/lib/db/pglite'
import { diffMigrationsToSchema } from '@/lib/db/schema-engine'

const { values } = parseArgs({ options: { name: { type: 'string' }, dir: { type: 'string' }, schema: { type: 'string' } } })
const name = (values.name ?? '')
  .trim()
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '')
if (!name) {
  console.error('Usage: npm run db:migration -- --name <what_changed>')
  process.exit(2)
}
const baseDir = values.dir ?? MIGRATIONS_DIR

const pglite = createPglite()
const { changed, sql } = await diffMigrationsToSchema(pgliteMigrationAdapter(pglite), { baseDir, schemaFile: values.schema })
await pglite.close()
if (!changed) {
  console.log('schema.prisma and the migrations agree: no migration needed.')
  process.exit(0)
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const folder = join(baseDir, `${stamp}_${name}`)
mkdirSync(folder, { recursive: true })
writeFileSync(join(folder, 'migration.sql'), sql)
if (!existsSync(join(baseDir, 'migration_lock.toml'))) writeFileSync(join(baseDir, 'migration_lock.toml'), LOCKFILE_CONTENT)
console.log(`Created ${folder}/migration.sql`)
process.exit(0) // the schema engine leaves a timer behind
