import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import type { TestProject } from 'vitest/node'
import { applyMigrations } from '@/lib/db/schema-engine'

/** Migrates one in-memory PGlite and dumps it; every test file starts from a copy (~0.4 s instead of a migration). */
export default async function setup(project: TestProject) {
  const pglite = new PGlite()
  await applyMigrations(new PrismaPGlite(pglite))
  const dump = await pglite.dumpDataDir('none')
  await pglite.close()
  const dir = resolve(import.meta.dirname, '../.artifacts')
  mkdirSync(dir, { recursive: true })
  const file = resolve(dir, `pglite-template-${process.pid}.tar`)
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', file)
  return () => rmSync(file, { force: true })
}
