import { defineConfig } from 'prisma/config'

// Only `prisma generate` uses this file; migrations go through scripts/db-*.ts (WASM engine).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
})
