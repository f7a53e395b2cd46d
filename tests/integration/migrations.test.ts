import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR, SCHEMA_FILE } from '@/lib/db/migration-files'
import { applyMigrations, diffMigrationsToSchema } from '@/lib/db/schema-engine'
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../helpers/test-database'

const run = promisify(execFile)
const migrationNames = () =>
  readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()

describe(`migrations on ${testDatabaseKind()}`, () => {
  let empty: TestDatabase

  beforeAll(async () => {
    empty = await createTestDatabase({ migrated: false })
  })
  afterAll(() => empty?.drop())

  it('apply from an empty database, then have nothing left to apply', async () => {
    const first = await applyMigrations(empty.database.migrationAdapter())
    expect(first).toEqual(migrationNames())
    const second = await applyMigrations(empty.database.migrationAdapter())
    expect(second).toEqual([])
  })

  it("are recorded in Prisma's own _prisma_migrations table, as `prisma migrate deploy` does", async () => {
    const rows = await empty.database.prisma.$queryRaw<Array<{ migration_name: string; checksum: string; finished_at: Date | null }>>`
      SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames())
    for (const row of rows) {
      const sql = readFileSync(join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'))
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'))
      expect(row.finished_at).not.toBeNull()
    }
  })

  it('build the tables the client uses', async () => {
    const prisma = empty.database.prisma
    const user = await prisma.user.create({ data: { email: 'owner@example.com', name: 'Owner' } })
    const company = await prisma.company.create({ data: { name: 'Acme', nameKey: 'acme', ownerId: user.id } })
    const startsAt = new Date('2026-12-01T09:00:00Z')
    const booth = await prisma.tradeBooth.create({
      data: { companyId: company.id, title: 'Demo', date: new Date('2026-12-01'), startsAt, endsAt: new Date('2026-12-01T10:00:00Z'), location: 'Hall A' },
    })
    expect(booth.status).toBe('pending')
    // The duplicate rule: same company, title, start and location.
    await expect(
      prisma.tradeBooth.create({ data: { companyId: company.id, title: 'Demo', date: booth.date, startsAt, endsAt: booth.endsAt, location: 'Hall A' } }),
    ).rejects.toMatchObject({ code: 'P2002' })
    // Deleting the owner removes their companies and booths (the documented rule).
    await prisma.user.delete({ where: { id: user.id } })
    expect(await prisma.tradeBooth.count()).toBe(0)
  })
})

// The drift check replays the migrations in a shadow database and compares with schema.prisma.
describe.runIf(testDatabaseKind() === 'pglite')('schema drift', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false })
  })
  afterAll(() => db?.drop())

  it('schema.prisma and the migrations agree', async () => {
    const { changed, sql } = await diffMigrationsToSchema(db.database.migrationAdapter())
    expect(sql.trim() && changed ? sql : '').toBe('')
    expect(changed).toBe(false)
  })

  it('is detected when the schema changes without a migration, and `npm run db:migration` closes the gap', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vicross-drift-'))
    const migrations = join(work, 'migrations')
    cpSync(MIGRATIONS_DIR, migrations, { recursive: true })
    const schema = join(work, 'schema.prisma')
    writeFileSync(schema, readFileSync(SCHEMA_FILE, 'utf8').replace('  company           String?', '  company           String?\n  phone             String?'))

    const drift = await diffMigrationsToSchema(db.database.migrationAdapter(), { baseDir: migrations, schemaFile: schema })
    expect(drift.changed).toBe(true)
    expect(drift.sql).toMatch(/ALTER TABLE "users" ADD COLUMN\s+"phone" TEXT/)

    const script = ['--import', 'tsx', 'scripts/db-migration.ts', '--name', 'Add phone', '--dir', migrations, '--schema', schema]
    const created = await run(process.execPath, script, { env: { ...process.env, NODE_ENV: 'development' } })
    expect(created.stdout).toMatch(/Created .*_add_phone\/migration\.sql/)
    const again = await run(process.execPath, script, { env: { ...process.env, NODE_ENV: 'development' } })
    expect(again.stdout).toContain('no migration needed')
  }, 60_000)
})
