import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
const alias = { '@': resolve(root) }
const env = {
  NODE_ENV: 'test' as const,
  LOG_LEVEL: 'silent',
  AUTH_SECRET: 'test-secret-that-is-at-least-32-characters-long',
  APP_URL: 'http://localhost:3000',
  // Tests never touch a developer's own databases.
  DATABASE_URL: '',
  PGLITE_DIR: resolve(root, 'tests/.artifacts/unused-pglite'),
}

// Integration tests run twice: once on an embedded PGlite, once on a real PostgreSQL.
const integration = (database: 'pglite' | 'postgres') => ({
  resolve: { alias },
  test: {
    name: database,
    include: ['tests/integration/**/*.test.ts'],
    env: { ...env, TEST_DATABASE: database },
    globalSetup: [`tests/setup/global-${database}.ts`],
    setupFiles: ['tests/setup/per-file-database.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})

// Whole processes and services started and stopped by the test (several server processes, Redis
// and PostgreSQL restarts, graceful shutdown): slow by nature, so they get their own project.
const system = {
  resolve: { alias },
  test: {
    name: 'system',
    include: ['tests/system/**/*.test.ts'],
    env,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
}

export default defineConfig({
  test: {
    projects: [
      // Some unit tests parse the whole source tree or load a validator's rulesets: seconds on a busy
      // machine, so they get more than vitest's 5 s (still no timing is asserted anywhere).
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], env, testTimeout: 30_000 } },
      integration('pglite'),
      integration('postgres'),
      system,
    ],
  },
})
