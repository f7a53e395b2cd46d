import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { readMigrationList, SCHEMA_FILE } from './migration-files'
import { withWholeScripts } from './pg-migration-adapter'

type EngineModule = typeof import('@prisma/schema-engine-wasm')

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, because the
 * native engine cannot be downloaded here. Node 20 cannot import its ESM wasm directly, so it is
 * instantiated by hand — once per process: a second instantiation corrupts the first.
 */
const instantiated = processSingleton('schemaEngineModule', async (): Promise<EngineModule> => {
  const bgPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const bg = (await import(pathToFileURL(bgPath).href)) as EngineModule & { __wbg_set_wasm(exports: unknown): void }
  const wasm = readFileSync(join(dirname(bgPath), 'schema_engine_bg.wasm'))
  const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports })
  bg.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start(): void }).__wbindgen_start()
  return bg
})

function engineModule(): Promise<EngineModule> {
  return instantiated.get()
}

async function withEngine<T>(adapter: SqlMigrationAwareDriverAdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await engineModule()
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(withWholeScripts(adapter)))
  try {
    return await work(engine)
  } finally {
    engine.free()
  }
}

const filters = { externalTables: [], externalEnums: [] }

/** Applies pending migrations, recording them in Prisma's own `_prisma_migrations` table. */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory, baseDir?: string): Promise<string[]> {
  return withEngine(adapter, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationList(baseDir), filters })
    return result.appliedMigrationNames
  })
}

/**
 * The SQL that takes a database built by the migrations to the schema in `schema.prisma`; empty
 * when they agree. The engine replays the migrations on a shadow database of its own.
 */
export async function diffMigrationsToSchema(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  options: { baseDir?: string; schemaFile?: string } = {},
): Promise<{ changed: boolean; sql: string }> {
  const schemaFile = options.schemaFile ?? SCHEMA_FILE
  return withEngine(adapter, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationList(options.baseDir) },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaFile, content: readFileSync(schemaFile, 'utf8') }] },
      script: true,
      exitCode: true,
      filters,
    })
    return { changed: result.exitCode === 2, sql: result.stdout ?? '' }
  })
}
