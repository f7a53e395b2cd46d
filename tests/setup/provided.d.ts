declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a migrated data directory dump every test file starts from. */
    pgliteTemplate: string
    /** PostgreSQL: the migrated template database, or '' when PostgreSQL is unreachable outside CI. */
    postgresTemplate: string
    postgresAdminUrl: string
    runId: string
  }
}
export {}
